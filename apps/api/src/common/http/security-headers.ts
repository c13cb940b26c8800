import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../config/config';

/**
 * The Content-Security-Policy of the built web client (apps/web/dist): scripts only from our own files
 * (Vite emits no inline script), styles also inline (MUI/emotion inserts <style> tags at run time), images
 * and fonts also as data: URLs (the favicon), requests only to this origin, and no page may frame it.
 */
const APP_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** GraphiQL (outside production only) loads React and itself from unpkg and starts with an inline script. */
export const GRAPHIQL_CSP = cspHeader({
  ...APP_CSP,
  'script-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'font-src': ["'self'", 'data:', 'https://unpkg.com'],
  'img-src': ["'self'", 'data:', 'https://unpkg.com'],
});

function cspHeader(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Security headers on every response (helmet): the CSP above, X-Frame-Options DENY, nosniff,
 * Referrer-Policy no-referrer, and — only when the app runs behind TLS (COOKIE_SECURE) — HSTS and
 * upgrade-insecure-requests, which would break a plain-HTTP installation.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...APP_CSP, ...(config.COOKIE_SECURE ? { 'upgrade-insecure-requests': [] } : {}) },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.COOKIE_SECURE ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
  });
}

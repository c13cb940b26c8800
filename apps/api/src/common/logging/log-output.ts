import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import pretty from 'pino-pretty';

/**
 * Where the logs go. JSON lines (pino's own) wherever a program reads them: CI, Docker, a file, a log
 * collector. Readable lines where a person does: `auto` picks them when stdout is a terminal (`npm start`).
 * Either way the same logger writes them, so its redaction (`redact`, the `err` serializer) has already
 * been applied to what is formatted.
 */
export type LogFormat = 'json' | 'pretty';
export type LogFormatSetting = LogFormat | 'auto';

export function resolveLogFormat(setting: LogFormatSetting, stdoutIsTerminal = !!process.stdout.isTTY): LogFormat {
  if (setting !== 'auto') return setting;
  return stdoutIsTerminal ? 'pretty' : 'json';
}

/**
 * The stream a logger of this format writes to: none for JSON (pino's default, stdout), a pino-pretty
 * stream for readable lines (`12:04:31 INFO [Demo] Demo data loaded …`), written synchronously in this
 * thread (no worker). `destination` is for tests.
 */
export function logStream(format: LogFormat, destination?: NodeJS.WritableStream, colorize?: boolean): DestinationStream | undefined {
  if (format === 'json') return undefined;
  return pretty({
    translateTime: 'SYS:HH:MM:ss',
    // a request's line says it all (readableHttpMessages); the rest of req/res stays in the JSON logs
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: '{if context}[{context}] {end}{msg}',
    sync: true,
    ...(destination ? { destination } : {}),
    ...(colorize === undefined ? {} : { colorize }),
  });
}

type Req = IncomingMessage & { id?: unknown; originalUrl?: string };

/** pino-http's messages as one readable line each: `POST /graphql 200 12 ms (req 4f1c…)`. */
export const readableHttpMessages = {
  customSuccessMessage: (req: Req, res: ServerResponse, responseTime: number) =>
    `${req.method} ${req.originalUrl ?? req.url} ${res.statusCode} ${Math.round(responseTime)} ms${requestIdNote(req)}`,
  customErrorMessage: (req: Req, res: ServerResponse, err: Error) => `${req.method} ${req.originalUrl ?? req.url} ${res.statusCode} ${err.message}${requestIdNote(req)}`,
};

const requestIdNote = (req: Req) => (req.id ? ` (request ${String(req.id)})` : '');

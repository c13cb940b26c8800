import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ExpressAdapter } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const WEB_DIST = Symbol('WEB_DIST');

/** Paths the API answers itself: a missing one is the API's JSON 404, never the web client. */
const API_PATHS = /^\/(graphql|health|api|assets)(\/|$)/;

/**
 * Serves the built web client when `webDist` holds one: its files, and index.html for every other GET
 * (the single-page app's deep links and reloads). Registered when the modules start, like Nest's
 * ServeStaticModule was, so the request id, the API's routes and the middleware come first.
 *
 * Wherever the app is installed: Express's sendFile refuses a dot-folder anywhere in an absolute path by
 * default, so an install under ~/.cache or ~/.local answered every deep link with a JSON 404. The index
 * is sent with dot-folders allowed; the files are served relative to `webDist`, where a dot-folder
 * above it does not count.
 */
@Module({})
export class WebClientModule implements OnModuleInit {
  static forRoot(webDist: string): DynamicModule {
    return { module: WebClientModule, providers: [{ provide: WEB_DIST, useValue: resolve(webDist) }] };
  }

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_DIST) private readonly root: string,
  ) {}

  onModuleInit() {
    const index = join(this.root, 'index.html');
    if (!existsSync(index)) return;
    const http = this.adapterHost.httpAdapter as ExpressAdapter;
    http.useStaticAssets(this.root, {});
    http.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
      res.sendFile(index, { dotfiles: 'allow' }, (err) => err && next(err));
    });
  }
}

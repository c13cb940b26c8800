/**
 * PostGraphile 4 as a library in a plain Node http server, over the benchmark database: the reference
 * Kensho is measured against. PORT and DATABASE_URL from the environment; writes its schema to
 * bench/results/postgraphile.graphql (to write the equivalent queries against).
 */
import Module from 'node:module';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { Pool } from 'pg';

/**
 * One graphql for all of PostGraphile: npm nests graphql 15 under postgraphile (the app's graphql 16 is at
 * the root), but hoists graphile-build-pg (with a second graphql 15 of its own) and
 * graphql-parse-resolve-info (which would see 16) beside it, and graphql refuses objects from another copy.
 * Inside this process only, every PostGraphile module gets postgraphile's copy.
 */
const graphql15 = dirname(require.resolve('graphql/package.json', { paths: [dirname(require.resolve('postgraphile'))] }));
const graphileModule = /[\\/]node_modules[\\/](postgraphile|postgraphile-core|graphile-build|graphile-build-pg|graphile-utils|graphql-parse-resolve-info)[\\/]/;
type Resolve = (this: unknown, request: unknown, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolveFilename = loader._resolveFilename;
loader._resolveFilename = function (request, parent, ...rest) {
  if (typeof request === 'string' && (request === 'graphql' || request.startsWith('graphql/')) && parent?.filename && graphileModule.test(parent.filename))
    return resolveFilename.call(this, graphql15 + request.slice('graphql'.length), parent, ...rest);
  return resolveFilename.call(this, request, parent, ...rest);
};
 
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const middleware = postgraphile(pool, 'public', {
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  simpleCollections: 'only',
  disableDefaultMutations: true,
  ignoreRBAC: true,
  disableQueryLog: true,
  graphiql: false,
  enableCors: false,
  retryOnInitFail: false,
  exportGqlSchemaPath: resolve(__dirname, 'results/postgraphile.graphql'),
});
const server = createServer(middleware);
server.listen(Number(process.env.PORT ?? 5100), '127.0.0.1', () => console.log(`postgraphile listening on ${process.env.PORT ?? 5100}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));

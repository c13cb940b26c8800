import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApp, type TestApp } from './support/app';

/**
 * The single-page app wherever it is installed (issue 7, section 6): under a dot-folder such as
 * ~/.cache, every deep link and reload answered a JSON 404 because Express's sendFile refuses dot-folders.
 * The app boots here with WEB_DIST in a temporary `.cache/kensho/apps/web/dist`.
 */
const INDEX = '<!doctype html><html><head><title>Kensho web client (test)</title></head><body><div id="root"></div></body></html>';
let base: string;
let t: TestApp;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'kensho-web-'));
  const dist = join(base, '.cache', 'kensho', 'apps', 'web', 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("kensho");');
  t = await startApp({ WEB_DIST: dist });
});
afterAll(async () => {
  await t?.close();
  rmSync(base, { recursive: true, force: true });
});

it.each(['/some/deep/link', '/cycles/2019/sheets', '/'])('answers %s with the index.html', async (path) => {
  const res = await request(t.server).get(path);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.text).toBe(INDEX);
});

it('serves the client’s files, and a missing one is a 404, not the index', async () => {
  const js = await request(t.server).get('/assets/app.js');
  expect(js.status).toBe(200);
  expect(js.headers['content-type']).toMatch(/javascript/);
  const missing = await request(t.server).get('/assets/missing.js');
  expect(missing.status).toBe(404);
  expect(missing.text).not.toContain('<html');
});

it('leaves /graphql, /health and the REST paths to the API: an unknown /api/... path is a JSON 404', async () => {
  const gql = await request(t.server).post('/graphql').set('Content-Type', 'application/json').send({ query: '{ __typename }' });
  expect(gql.status).toBe(200);
  expect(gql.body).toEqual({ data: { __typename: 'Query' } });
  const health = await request(t.server).get('/health');
  expect(health.status).toBe(200);
  expect(health.body).toEqual({ status: 'ok', database: 'ok' });
  const api = await request(t.server).get('/api/no/such/thing');
  expect(api.status).toBe(404);
  expect(api.headers['content-type']).toMatch(/^application\/json/);
  expect(api.body).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) }); // the one error shape
});

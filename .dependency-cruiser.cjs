/**
 * Import boundaries (STYLE.md item 14), checked in CI by `npm run lint:imports`:
 * no import circles between files or between folders; `libs/domain` imports nothing of ours; `common`
 * never imports a feature; the web client never imports the API.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'no file imports a file that imports it back', from: {}, to: { circular: true } },
    {
      name: 'no-circular-folders',
      severity: 'error',
      comment: 'the folder-level graph (features, common) is one-way',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    { name: 'domain-is-pure', severity: 'error', comment: 'libs/domain imports nothing of ours', from: { path: '^libs/domain' }, to: { path: '^(apps|test)/' } },
    { name: 'common-not-features', severity: 'error', comment: 'common never imports a feature', from: { path: '^apps/api/src/common/' }, to: { path: '^apps/api/src/modules/' } },
    { name: 'web-not-api', severity: 'error', comment: 'the web client reads the API only through GraphQL', from: { path: '^apps/web/' }, to: { path: '^apps/api/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|generated)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};

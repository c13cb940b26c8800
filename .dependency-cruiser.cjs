/**
 * Import boundaries (STYLE.md item 14), checked in CI by `npm run lint:imports`:
 * no import circles between files or between folders; `libs/domain` imports nothing of ours; `common`
 * never imports a feature; the data layer (`apps/api/src/data`: entities, loaders) imports no feature; an
 * API feature reaches another only through its service, module or GraphQL contract types; the web client never imports the API,
 * and a web feature reaches another only through that feature's index.ts. The feature edges that remain
 * are listed in docs/ARCHITECTURE.md with why.
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
    { name: 'data-not-features', severity: 'error', comment: 'the data layer (entities, loaders) never imports a feature', from: { path: '^apps/api/src/data/' }, to: { path: '^apps/api/src/modules/' } },
    {
      name: 'feature-through-public-files',
      severity: 'error',
      comment:
        'an API feature reaches another only through its public files: its service, its module, and its GraphQL contract types (model, input: part of the schema anyway), never its resolvers, controllers, guards or helpers',
      from: { path: '^apps/api/src/modules/([^/]+)/' },
      to: { path: '^apps/api/src/modules/[^/]+/', pathNot: ['^apps/api/src/modules/$1/', '[.](service|module|model|input)[.]ts$'] },
    },
    { name: 'web-app-on-top', severity: 'error', comment: 'the web client flows app → pages → features → shared: nothing below imports app/', from: { path: '^apps/web/src/(pages|features|shared)/' }, to: { path: '^apps/web/src/app/' } },
    { name: 'web-pages-from-router', severity: 'error', comment: 'pages/ only composes; only app/ imports a page', from: { path: '^apps/web/src/', pathNot: '^apps/web/src/(app|pages)/' }, to: { path: '^apps/web/src/pages/' } },
    { name: 'web-shared-not-features', severity: 'error', comment: 'shared/ serves every feature and imports none (nor the strings in i18n/)', from: { path: '^apps/web/src/shared/' }, to: { path: '^apps/web/src/(features|i18n|app|pages)/' } },
    {
      name: 'web-feature-through-index',
      severity: 'error',
      comment: 'a web feature uses another feature only through its index.ts, never its components/hooks/graphql (app/ and pages/ compose them directly)',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/[^/]+/', pathNot: ['^apps/web/src/features/$1/', '^apps/web/src/features/[^/]+/index[.]ts$'] },
    },
    { name: 'web-not-api', severity: 'error', comment: 'the web client reads the API only through GraphQL', from: { path: '^apps/web/' }, to: { path: '^apps/api/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|generated)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};

#!/usr/bin/env node
/**
 * The API's import graph made one-way (STYLE.md item 14, issue 8), by moving files and rewriting every
 * import of them with ts-morph:
 *
 * - every feature's `*.entity.ts`, the sheet content types its entity uses, and the per-request loaders
 *   go to the data layer `apps/api/src/data/`, which features and the composition import and which
 *   imports no feature (so `common` no longer imports features for the loaders, and two features that
 *   share a table no longer import each other's folders);
 * - the global `AuthGuard` goes to `modules/auth` (it reads the auth module's sessions; `common` never
 *   imports a feature), and the sign-in limits it does not need go the other way, to `common/auth`
 *   (the users feature applies them too, so auth and users no longer import each other);
 * - two functions move with their current bodies: `cycleFacts` from the cycles service to
 *   `data/cycle-facts.ts` (the loaders read it, and the data layer imports no feature), `editableCycle`
 *   from the projects service to the cycles service (groups and tags used it: sheets reached projects);
 * - the same-origin guard goes to `common/auth` beside the other guards' pieces (in `common/http` it made
 *   `http` and `errors` import each other: errors read the request scope, the guard throws an error).
 *
 * Re-runnable: a file already where it belongs is left alone, so a second run changes nothing, and a run
 * after a merge moves only what the merged branches added (a new `modules/<feature>/<name>.entity.ts`)
 * and rewrites the imports they added of a file's old place (`../cycles/cycle.entity`,
 * `common/loaders/loaders`, …).
 *
 *   node scripts/codemods/entities-to-data-layer.mjs          # move and rewrite
 *   node scripts/codemods/entities-to-data-layer.mjs --check  # list what it would do; exit 1 if anything
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, QuoteKind, SyntaxKind } from 'ts-morph';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const api = join(root, 'apps/api/src');
const data = join(api, 'data');
const check = process.argv.includes('--check');
const TS = /\.ts$/;

/** [from, to], absolute. */
const moves = [];
for (const feature of readdirSync(join(api, 'modules'))) {
  const dir = join(api, 'modules', feature);
  for (const file of readdirSync(dir)) if (file.endsWith('.entity.ts')) moves.push([join(dir, file), join(data, file)]);
}
const FIXED_MOVES = [
  [join(api, 'modules/sheets/sheet-content.model.ts'), join(data, 'sheet-content.model.ts')],
  [join(api, 'common/loaders/loaders.ts'), join(data, 'loaders.ts')],
  [join(api, 'common/auth/auth.guard.ts'), join(api, 'modules/auth/auth.guard.ts')],
  [join(api, 'modules/auth/sign-in-limits.service.ts'), join(api, 'common/auth/sign-in-limits.service.ts')],
  [join(api, 'common/http/same-origin.guard.ts'), join(api, 'common/auth/same-origin.guard.ts')],
];
moves.push(...FIXED_MOVES);
// A spec beside a moved file goes with it.
for (const [from, to] of [...moves]) {
  const spec = from.replace(/\.ts$/, '.spec.ts');
  if (existsSync(spec)) moves.push([spec, to.replace(/\.ts$/, '.spec.ts')]);
}

const todo = moves.filter(([from]) => existsSync(from));
for (const [from, to] of todo) {
  if (existsSync(to)) throw new Error(`${relative(root, to)} exists already: move ${relative(root, from)} by hand`);
}
const targets = todo.map(([, to]) => to);
const duplicate = targets.find((t, i) => targets.indexOf(t) !== i);
if (duplicate) throw new Error(`two files would move to ${relative(root, duplicate)}`);

for (const [from, to] of todo) console.log(`${relative(root, from)} → ${relative(root, to)}`);

// Every TypeScript file that may import the API (the API, its tests, the benchmark, scripts, migrations).
// Only module specifiers are rewritten (no type checking, nothing resolved in node_modules): a relative
// specifier that names a moved file is pointed at its new place, and a moved file's own relative
// specifiers are recomputed from where it now is.
const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true, manipulationSettings: { quoteKind: QuoteKind.Single } });
project.addSourceFilesAtPaths(
  ['apps/api/src', 'test', 'bench', 'scripts', 'migrations'].flatMap((d) => [`${root}/${d}/**/*.ts`, `!${root}/${d}/**/node_modules/**`]),
);
const movedTo = new Map(todo.map(([from, to]) => [from, to]));
/** Where a file moved by an earlier run is now: an import of its old place (a branch merged after that run) is rewritten too. */
const EARLIER = new Map([...FIXED_MOVES, ...FIXED_MOVES.map(([f, t]) => [f.replace(TS, '.spec.ts'), t.replace(TS, '.spec.ts')])]);
function movedEarlier(file) {
  const fixed = EARLIER.get(file);
  if (fixed && existsSync(fixed)) return fixed;
  const entity = /[/\\]apps[/\\]api[/\\]src[/\\]modules[/\\][^/\\]+[/\\]([^/\\]+\.entity(\.spec)?\.ts)$/.exec(file);
  if (entity && existsSync(join(data, entity[1]))) return join(data, entity[1]);
  return null;
}

/** The string literals of a file that name a module: import/export from, import(), require(), import types. */
function specifiers(sf) {
  const out = [];
  for (const node of sf.getDescendantsOfKind(SyntaxKind.StringLiteral)) {
    const parent = node.getParent();
    const kind = parent?.getKind();
    if (kind === SyntaxKind.ImportDeclaration || kind === SyntaxKind.ExportDeclaration || kind === SyntaxKind.ExternalModuleReference) out.push(node);
    else if (kind === SyntaxKind.LiteralType && parent.getParent()?.getKind() === SyntaxKind.ImportType) out.push(node);
    else if (kind === SyntaxKind.CallExpression) {
      const callee = parent.getExpression().getText();
      if ((callee === 'require' || callee === 'import' || callee === 'jest.mock') && parent.getArguments()[0] === node) out.push(node);
    }
  }
  return out;
}

/**
 * The file a relative specifier names (without extension, or an index) and whether its import must be
 * rewritten (it moves now, or it moved in an earlier run and the specifier still names its old place), or null.
 */
function target(fromDir, spec) {
  const base = resolve(fromDir, spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && movedTo.has(candidate)) return { file: movedTo.get(candidate), moves: true };
    if (candidate.endsWith('.ts') && existsSync(candidate)) return { file: candidate, moves: false };
  }
  const earlier = existsSync(base) ? null : movedEarlier(`${base}.ts`);
  return earlier && { file: earlier, moves: true };
}

function specifierFor(fromFile, toFile) {
  let spec = relative(dirname(fromFile), toFile).replace(/\\/g, '/').replace(TS, '').replace(/\/index$/, '');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return spec;
}

let rewritten = 0;
for (const sf of project.getSourceFiles()) {
  const oldPath = sf.getFilePath();
  const newPath = movedTo.get(oldPath) ?? oldPath;
  let changed = false;
  for (const literal of specifiers(sf)) {
    const spec = literal.getLiteralValue();
    if (!spec.startsWith('.')) continue;
    const found = target(dirname(oldPath), spec);
    if (!found || (newPath === oldPath && !found.moves)) continue;
    const wanted = specifierFor(newPath, found.file);
    if (wanted !== spec) {
      if (check) console.log(`${relative(root, oldPath)}: '${spec}' → '${wanted}'`);
      literal.setLiteralValue(wanted);
      changed = true;
    }
  }
  if (changed) rewritten++;
}

// Functions that move between files (the body as it is now, whatever a merged branch made of it).
const finalPath = (sf) => movedTo.get(sf.getFilePath()) ?? sf.getFilePath();
const byFinalPath = (path) => project.getSourceFiles().find((sf) => finalPath(sf) === path);
const FUNCTION_MOVES = [
  // The loaders and the phase machine read the same facts; in the data layer, the loaders import no feature.
  ['cycleFacts', join(api, 'modules/cycles/cycles.service.ts'), join(data, 'cycle-facts.ts'), "import type { CycleFacts } from '@kensho/domain';\nimport type { EntityManager } from 'typeorm';\n"],
  // Projects, groups and tags edit the cycle's set-up: they reach cycles, and sheets no longer reach projects.
  ['editableCycle', join(api, 'modules/projects/projects.service.ts'), join(api, 'modules/cycles/cycles.service.ts'), null],
];
/** Removes the named imports of a file that nothing else in it names any more. */
function dropUnusedImports(sf) {
  for (const decl of sf.getImportDeclarations()) {
    const named = decl.getNamedImports();
    if (!named.length || decl.getDefaultImport() || decl.getNamespaceImport()) continue;
    const rest = sf.getFullText().replace(decl.getFullText(), '');
    for (const n of named) {
      const id = (n.getAliasNode() ?? n.getNameNode()).getText();
      if (!new RegExp(`\\b${id}\\b`).test(rest)) n.remove();
    }
    if (!decl.getNamedImports().length) decl.remove();
  }
}
let functionsMoved = 0;
const leftBehind = [];
for (const [name, from, to, header] of FUNCTION_MOVES) {
  const src = byFinalPath(from);
  const fn = src?.getFunction(name);
  if (!fn) continue;
  functionsMoved++;
  if (check) {
    console.log(`${name}: ${relative(root, from)} → ${relative(root, to)}`);
    continue;
  }
  const text = fn.getFullText().trim();
  src.removeText(fn.getFullStart(), fn.getEnd());
  let dest = byFinalPath(to);
  if (dest) dest.insertText(dest.getEnd(), `${dest.getFullText().endsWith('\n') ? '' : '\n'}\n${text}\n`);
  else dest = project.createSourceFile(to, `${header}\n${text}\n`);
  // Every file that imported it from its old place imports it from the new one.
  for (const sf of project.getSourceFiles()) {
    for (const decl of sf.getImportDeclarations()) {
      const spec = decl.getModuleSpecifierValue();
      if (!spec.startsWith('.') || resolve(dirname(finalPath(sf)), spec) + '.ts' !== from) continue;
      const named = decl.getNamedImports().find((n) => n.getName() === name);
      if (!named) continue;
      const index = sf.getImportDeclarations().indexOf(decl);
      named.remove();
      if (!decl.getNamedImports().length && !decl.getDefaultImport() && !decl.getNamespaceImport()) decl.remove();
      if (sf !== dest) sf.insertImportDeclaration(index, { namedImports: [name], moduleSpecifier: specifierFor(finalPath(sf), to) });
    }
  }
  // The old file still calls it: it imports it too.
  if (new RegExp(`\\b${name}\\b`).test(src.getFullText())) src.insertImportDeclaration(src.getImportDeclarations().length, { namedImports: [name], moduleSpecifier: specifierFor(from, to) });
  src.replaceWithText(src.getFullText().replace(/\n{3,}/g, '\n\n'));
  leftBehind.push(src);
}
// Only once every function is in place (one file may lose one and gain another).
for (const sf of leftBehind) dropUnusedImports(sf);

if (check) process.exit(todo.length || rewritten || functionsMoved ? 1 : 0);
if (!todo.length && !rewritten && !functionsMoved) {
  console.log('nothing to move or rewrite');
  process.exit(0);
}
await project.save();
for (const [from, to] of todo) {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}
console.log(`rewrote the imports of ${rewritten} files`);

// Folders the moves emptied.
for (const dir of new Set(todo.map(([from]) => dirname(from)))) {
  if (existsSync(dir) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    console.log(`removed the empty ${relative(root, dir)}/`);
  }
}
console.log(`moved ${todo.length} files (${todo.map(([f]) => basename(f)).join(', ')})`);

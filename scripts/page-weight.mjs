// What a page fetches through the autoloader (dist/strike-charts.min.js): the autoloader, the chunk of each
// element the page uses, and every chunk those import statically, transitively. A chunk reached only by an
// import() (a lazy part) is not fetched until used, so it is not counted. scripts/size.mjs weighs dist/ with it,
// bench/run.mjs a build made in memory.
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

export const AUTOLOADER = 'strike-charts.min.js';
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Every node under `node`, depth first. */
function* nodes(node) {
  if (Array.isArray(node)) for (const child of node) yield* nodes(child);
  else if (node && typeof node.type === 'string') {
    yield node;
    for (const child of Object.values(node)) if (child && typeof child === 'object') yield* nodes(child);
  }
}

/** A module's static imports and its import()s, as file names beside `name`. */
function importsOf(name, code) {
  const ast = parseAst(code);
  const at = (spec) => posix.normalize(posix.join(posix.dirname(name), spec));
  const fixed = ast.body.filter((n) => n.source && /^(Import|ExportNamed|ExportAll)Declaration$/.test(n.type)).map((n) => at(n.source.value));
  return { ast, fixed, at };
}

/** The autoloader's table: each tag (a property key) and the chunk its import() names. */
function chunksByTag(code) {
  const { ast, at } = importsOf(AUTOLOADER, code);
  const table = new Map();
  for (const node of nodes(ast)) {
    if (node.type !== 'Property') continue;
    const tag = node.key.type === 'Identifier' ? node.key.name : node.key.value;
    const load = [...nodes(node.value)].find((n) => n.type === 'ImportExpression' && typeof n.source.value === 'string');
    if (typeof tag === 'string' && tag.startsWith('strike-') && load) table.set(tag, at(load.source.value));
  }
  return table;
}

/**
 * `files`: file name (relative to dist/, e.g. `chunks/strike-chart-1a2b.js`) -> code. Returns the autoloader's
 * gzip size, and for each tag it loads: the files a page with that one tag fetches and their gzip sizes summed.
 */
export function pageWeights(files) {
  const code = (name) => {
    if (!files.has(name)) throw new Error(`page weight: ${name} is imported but not in the build`);
    return files.get(name);
  };
  const closure = (start) => {
    const seen = new Set();
    const stack = [start];
    while (stack.length > 0) {
      const name = stack.pop();
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...importsOf(name, String(code(name))).fixed);
    }
    return seen;
  };
  const loader = String(code(AUTOLOADER));
  const pages = new Map();
  for (const [tag, chunk] of chunksByTag(loader)) {
    const fetched = [AUTOLOADER, ...closure(chunk)];
    pages.set(tag, { files: fetched, bytes: fetched.reduce((sum, name) => sum + gzip(code(name)), 0) });
  }
  if (pages.size === 0) throw new Error(`page weight: ${AUTOLOADER} names no element chunks`);
  return { autoloader: gzip(loader), pages };
}

// The code stays in pieces a reader can hold: no file in src/ over 250 lines, no function over 60.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 60;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Every function, method, accessor and arrow function in the file, with its first line and length in lines. */
function functionsOf(path: string): { name: string; line: number; lines: number }[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      found.push({ name, line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

// Translation tables are data, one entry a line: they grow with the words, not with the logic.
const isTable = (path: string) => /\/i18n\/(en|uk)(-overview)?\.ts$/.test(path);
const files = sources(join(root, 'src')).filter((p) => !isTable(p));

describe('src/ in pieces a reader can hold', () => {
  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.map((p) => [relative(root, p), readFileSync(p, 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((p) => functionsOf(p).filter((f) => f.lines > MAX_FUNCTION_LINES).map((f) => `${relative(root, p)}:${f.line} ${f.name} (${f.lines} lines)`));
    expect(long).toEqual([]);
  });
});

/** Where JSON text stops being JSON, and what was expected there. */
export interface JsonSyntaxError {
  /** Index of the character that breaks it; the text's length when the text ends too soon. */
  at: number;
  expected: string;
}

const SPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

const skipSpace = (text: string, i: number): number => ((SPACE.lastIndex = i), SPACE.exec(text), SPACE.lastIndex);

function matchAt(pattern: RegExp, text: string, i: number): number {
  pattern.lastIndex = i;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The end of the string opening at `i`, or where it breaks. */
function stringEnd(text: string, i: number): number | JsonSyntaxError {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 0x20) return { at: j, expected: 'no line break or control character inside a quoted text (write \\n)' };
    if (c === 92) {
      const end = matchAt(ESCAPE, text, j);
      if (end < 0) return { at: j, expected: 'an escape such as \\" or \\n after the backslash' };
      j = end - 1;
    }
  }
  return { at: text.length, expected: 'the closing quote of the text' };
}

/** The end of the number, literal or string at `i`, or where it breaks. */
function scalarEnd(text: string, i: number): number | JsonSyntaxError {
  if (text.charCodeAt(i) === 34) return stringEnd(text, i);
  const end = Math.max(matchAt(NUMBER, text, i), matchAt(LITERAL, text, i));
  return end > i ? end : { at: i, expected: 'a value' };
}

/**
 * Finds the first place where `text` is not JSON (RFC 8259), walking it once without recursion, so that a
 * message can point at it in any browser (engines word and place their errors differently, or not at all).
 * Undefined when the text is JSON.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: string[] = [];
  // What may come next: a value, a property name, the colon after one, or a comma or the close of a container.
  let want: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'next' = 'value';
  for (let i = skipSpace(text, 0); ; i = skipSpace(text, i)) {
    const c = text[i];
    const close = open[open.length - 1];
    if (want === 'next') {
      if (close === undefined) return i < text.length ? { at: i, expected: 'the end of the text' } : undefined;
      if (c === ',') want = close === '}' ? 'key' : 'value';
      else if (c === close) open.pop();
      else return { at: i, expected: `"," or "${close}"` };
      i++;
    } else if (want === 'colon') {
      if (c !== ':') return { at: i, expected: '":" after the property name' };
      want = 'value';
      i++;
    } else if ((want === 'first-value' && c === ']') || (want === 'first-key' && c === '}')) {
      open.pop();
      want = 'next';
      i++;
    } else if (want === 'key' || want === 'first-key') {
      if (c !== '"') return { at: i, expected: 'a property name in double quotes' };
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      want = 'colon';
      i = end;
    } else if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      want = c === '{' ? 'first-key' : 'first-value';
      i++;
    } else {
      const end = scalarEnd(text, i);
      if (typeof end !== 'number') return end;
      want = 'next';
      i = end;
    }
  }
}

/** Line and column (1-based) of `at`, and the text around it with a mark where it breaks. */
export function placeOf(text: string, at: number): { line: number; column: number; excerpt: string } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const head = flat(text.slice(Math.max(0, at - 24), at));
  const tail = flat(text.slice(at, at + 16));
  const excerpt = `${at > 24 ? '…' : ''}${head}▸${tail}${at + 16 < text.length ? '…' : ''}`;
  return { line, column, excerpt };
}

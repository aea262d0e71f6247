// A rollup plugin that minifies the static text of Lit's css`…` and html`…` templates in our own modules:
// the indentation and comments of the sources stay out of what ships, and what the browser renders is the same.
// terser cannot do this: to it a template's text is a string like any other.
import MagicString from 'magic-string';

// Stands for each `${…}` while a template's parts are minified as one text, so that a string or a tag
// spanning an expression is seen whole. It is never in our sources, and whitespace next to it is kept.
const HOLE = '\u0000';

/** Copies the quoted string starting at `i`, escapes and all; returns the index after it. */
function quoted(text, i, out) {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
  out.push(text.slice(i, j + 1));
  return j + 1;
}

/**
 * CSS: comments dropped, each run of whitespace one space, none around `{ } ; ,` nor after `:` (before a
 * `:` it can be a descendant combinator), and no `;` before `}`. Strings and escapes stay as written.
 */
export function minifyCss(text) {
  const out = [];
  let space = false;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      space = true;
    } else if (/\s/.test(c)) {
      i++;
      space = true;
    } else {
      const previous = out.at(-1)?.at(-1);
      if (space && out.length > 0 && !'{};,:'.includes(previous) && !'{};,'.includes(c)) out.push(' ');
      space = false;
      if (c === '}' && previous === ';') out.pop();
      if (c === '"' || c === "'") i = quoted(text, i, out);
      else {
        // An escape is copied with the character after it, which it may make literal (a quote, a space).
        const length = c === '\\' ? 2 : 1;
        out.push(text.slice(i, i + length));
        i += length;
      }
    }
  }
  return out.join('');
}

/**
 * HTML: each run of whitespace between tags, in text, or between a tag's attributes becomes one space
 * (the browser collapses it so anyway), and none before a tag's `>`. Attribute values and comments stay
 * as written; a template with `<pre>`, `<textarea>`, `<script>` or `<style>`, where whitespace is kept, is
 * left alone.
 */
export function minifyHtml(text) {
  if (/<(pre|textarea|script|style)\b/i.test(text)) return text;
  const out = [];
  let inTag = false;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (/\s/.test(c)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      // Not `/>`: after an unquoted value (`@change=${…} />`) the `/` would become part of the value.
      if (!(inTag && text[j] === '>')) out.push(' ');
      i = j;
    } else if (!inTag && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      const stop = end < 0 ? text.length : end + 3;
      out.push(text.slice(i, stop));
      i = stop;
    } else if (inTag && (c === '"' || c === "'")) {
      i = quoted(text, i, out);
    } else {
      if (c === '<' && /[a-z/]/i.test(text[i + 1] ?? '')) inTag = true;
      else if (c === '>') inTag = false;
      out.push(c);
      i++;
    }
  }
  return out.join('');
}

/** The local names a module gives to lit's `css` and `html`, mapped to which of the two each one is. */
function litTags(ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && ['css', 'html'].includes(s.imported.name)) tags.set(s.local.name, s.imported.name);
    }
  }
  return tags;
}

/** Every tagged template in the tree, depth first. */
function* taggedTemplates(node) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const key of Object.keys(node)) if (key !== 'type') yield* taggedTemplates(node[key]);
}

/** The plugin; it goes after the TypeScript one, and touches modules under `include` only. */
export function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/from\s*["']lit["']/.test(code)) return null;
      const ast = this.parse(code);
      const tags = litTags(ast);
      if (tags.size === 0) return null;
      const s = new MagicString(code);
      for (const { tag, quasi } of taggedTemplates(ast)) {
        const kind = tag.type === 'Identifier' ? tags.get(tag.name) : undefined;
        if (!kind) continue;
        const parts = quasi.quasis.map((q) => code.slice(q.start, q.end));
        const minified = (kind === 'css' ? minifyCss : minifyHtml)(parts.join(HOLE)).split(HOLE);
        if (minified.length !== parts.length) this.error(`${id}: a template's text holds U+0000`);
        quasi.quasis.forEach((q, k) => {
          if (minified[k] !== parts[k]) {
            if (minified[k] === '') s.remove(q.start, q.end);
            else s.overwrite(q.start, q.end, minified[k]);
          }
        });
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}

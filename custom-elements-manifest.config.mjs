import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

// custom-elements.json, written at build from the elements' JSDoc (@summary, @event, @csspart, @cssproperty)
// and their Lit properties. Tools (editors, Storybook, framework wrappers) read it, so it describes the
// package as shipped: public members only, and paths into dist/ rather than src/.

/** src/elements/x/x.component.ts -> dist/elements/x/x.component.js (with or without a leading slash). */
const shipped = (path) => path.replace(/^(\/?)src\//, '$1dist/').replace(/\.ts$/, '.js');

/** Members tools should offer: not private, protected or internal, and not Lit's static plumbing. */
const isPublic = (member) =>
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !(member.static && (member.name === 'styles' || member.name === 'properties'));

// An event dispatched with a computed name (`new CustomEvent(type, …)` in StrikeElement.emit) comes out
// named after the variable; the real events are the ones documented with @event.
const isDocumentedEvent = (event) => Boolean(event.description);

// Event name -> its type, from the GlobalEventHandlersEventMap in src/elements/events.ts ('strike-x': StrikeXEvent;).
const eventTypes = new Map(
  [...readFileSync('src/elements/events.ts', 'utf8').matchAll(/'(strike-[a-z-]+)':\s*(\w+);/g)].map(([, name, type]) => [name, type]),
);

// Type names that stand for a list of words (`export type Period = 'day' | 'week' | …;` anywhere in src/):
// tools complete an attribute's values only from the words themselves, so the manifest gives those.
const wordLists = new Map(
  readdirSync('src', { recursive: true })
    .filter((file) => String(file).endsWith('.ts'))
    .flatMap((file) => [...readFileSync(`src/${file}`, 'utf8').matchAll(/export type (\w+) = ('[^']*'(?:\s*\|\s*'[^']*')+);/g)])
    .map(([, name, union]) => [name, union.replace(/\s+/g, ' ')]),
);

// Constants a default is written with (`timeout = DEFAULT_TIMEOUT_MS`), `export const NAME = 30_000;` anywhere in
// src/: tools show a default's value, not the name of a constant in a file they never see.
const constants = new Map(
  readdirSync('src', { recursive: true })
    .filter((file) => String(file).endsWith('.ts'))
    .flatMap((file) => [...readFileSync(`src/${file}`, 'utf8').matchAll(/export const ([A-Z][A-Z0-9_]*) = (\d[\d_]*(?:\.\d+)?);/g)])
    .map(([, name, value]) => [name, value.replaceAll('_', '')]),
);

/** A default written as a numeric constant becomes its value, and a field with no written type gets `number`. */
function resolveDefault(item) {
  if (!constants.has(item.default)) return;
  item.default = constants.get(item.default);
  item.type ??= { text: 'number' };
}

// What an element's class JSDoc says a property holds (`@prop {StrikeReport | string} data - …`). The analyzer
// reads it, then lets the base class's declared type (`unknown`) win when it applies inheritance; the
// element's own word is the precise one, so it is put back here, on the property and on its attribute.
const docTypes = (source) =>
  new Map([...readFileSync(source, 'utf8').matchAll(/^ \* @prop \{(.+)\} (\w+) - /gm)].map(([, type, name]) => [name, type]));

function applyDocTypes(declaration, types) {
  for (const [name, text] of types) {
    for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
      if (item.name === name || item.fieldName === name) item.type = { text };
    }
  }
}

/** `Period` -> `'day' | 'week' | 'month' | 'year'`; `Period | undefined` likewise, keeping the rest. */
const expandWords = (type) => {
  if (!type?.text) return;
  type.text = type.text
    .split('|')
    .map((part) => wordLists.get(part.trim()) ?? part.trim())
    .join(' | ');
};

function shipModule(mod) {
  const types = docTypes(mod.path.replace(/^\//, ''));
  mod.path = shipped(mod.path);
  for (const declaration of mod.declarations ?? []) {
    if (declaration.kind !== 'class') continue;
    declaration.members = declaration.members?.filter(isPublic);
    declaration.events = declaration.events?.filter(isDocumentedEvent);
    applyDocTypes(declaration, types);
    for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
      expandWords(item.type);
      resolveDefault(item);
    }
    // Each element's entry (`strike-charts/<tag>.js`) exports its event types, so a generator can import them there.
    const entry = mod.path.replace(/\.component\.js$/, '.js');
    for (const event of declaration.events ?? []) {
      if (!event.type && eventTypes.has(event.name)) {
        const name = eventTypes.get(event.name);
        event.type = { text: name, references: [{ name, package: 'strike-charts', module: entry }] };
      }
    }
    for (const ref of [declaration.superclass, ...(declaration.members ?? []).map((m) => m.inheritedFrom)]) {
      if (ref?.module) ref.module = shipped(ref.module);
    }
    for (const list of [declaration.attributes, declaration.events]) {
      for (const item of list ?? []) if (item.inheritedFrom?.module) item.inheritedFrom.module = shipped(item.inheritedFrom.module);
    }
  }
  for (const exported of mod.exports ?? []) {
    const from = exported.declaration?.module;
    // A re-export (`export type { StrikeRenderEvent } from '../events.js'`) comes out with the specifier as
    // written; the manifest's module paths are the package's.
    if (from) exported.declaration.module = from.startsWith('.') ? posix.join(posix.dirname(mod.path), from) : shipped(from);
  }
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite that file.
  packagejson: false,
  plugins: [
    {
      name: 'strike-charts:ship',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) shipModule(mod);
      },
    },
  ],
};

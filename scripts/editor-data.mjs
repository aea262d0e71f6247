// Editor completion, made from custom-elements.json after `cem analyze` so it cannot drift from the elements:
// web-types.json (JetBrains IDEs, found through package.json's "web-types") and vscode.html-custom-data.json
// (VS Code's `html.customData` setting). Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Every element of the manifest, by tag, in tag order. */
const elementsOf = (m) =>
  m.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The values of a type written as a union of string literals (`'auto' | 'light' | 'dark'`); none for any other type. */
function literals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const describe = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((d) => ({
      name: d.tagName,
      description: describe(d),
      attributes: (d.attributes ?? []).map((a) => {
        const values = literals(a.type?.text);
        return { name: a.name, description: a.description ?? '', ...(values ? { values: values.map((name) => ({ name })) } : {}) };
      }),
    })),
  };
}

function webTypes(elements) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((d) => ({
          name: d.tagName,
          description: describe(d),
          attributes: (d.attributes ?? []).map((a) => {
            const values = literals(a.type?.text);
            return {
              name: a.name,
              description: a.description ?? '',
              value: { type: a.type?.text ?? 'string', ...(a.default ? { default: a.default } : {}) },
              // JetBrains completes an attribute's words from `values`; `value.type` alone it only shows.
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          'css-parts': (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        })),
      },
    },
  };
}

const elements = elementsOf(manifest);
writeFileSync(new URL('vscode.html-custom-data.json', root), `${JSON.stringify(vscodeData(elements), null, 2)}\n`);
writeFileSync(new URL('web-types.json', root), `${JSON.stringify(webTypes(elements), null, 2)}\n`);

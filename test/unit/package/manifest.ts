// Reading the built custom-elements.json (written by `npm run build`) in tests.
import { existsSync, readFileSync } from 'node:fs';

export const root = new URL('../../../', import.meta.url);

export interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string; references?: { name: string; package?: string; module?: string }[] };
}

export interface ElementDeclaration extends Named {
  kind: 'class';
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; privacy?: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

export interface Manifest {
  modules: {
    path: string;
    declarations?: ElementDeclaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

export function readManifest(): Manifest {
  const file = new URL('custom-elements.json', root);
  if (!existsSync(file)) throw new Error('custom-elements.json is missing: run `npm run build` first');
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The element declarations, by tag. */
export function elementsOf(manifest: Manifest): Map<string, ElementDeclaration> {
  const found = new Map<string, ElementDeclaration>();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.tagName) found.set(d.tagName, d);
  }
  return found;
}

import { nothing, noChange, type TemplateResult } from 'lit';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type DirectiveCall = { _$litDirective$: new (part: { type: number }) => { render(...values: unknown[]): unknown }; values: unknown[] };
const isDirective = (value: unknown): value is DirectiveCall => typeof value === 'object' && value !== null && '_$litDirective$' in value;

const isTemplate = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && '_$litType$' in value && 'strings' in value;

/**
 * A Lit template as HTML text, for tests in Node: the template's strings with each value put in its place
 * (text escaped, nested templates and arrays expanded). A directive in a child position gives what its
 * `render()` gives, as in server rendering; listeners and property bindings leave nothing. Enough to read the
 * words and tables an element renders.
 */
export function renderToString(value: unknown): string {
  if (value === nothing || value === noChange || value === null || value === undefined || value === false) return '';
  // Part type 2 is a child part.
  if (isDirective(value)) return renderToString(new value._$litDirective$({ type: 2 }).render(...value.values));
  if (isTemplate(value)) return value.strings.reduce((out, s, i) => out + s + (i < value.values.length ? renderToString(value.values[i]) : ''), '');
  if (Array.isArray(value)) return value.map(renderToString).join('');
  if (typeof value === 'object' || typeof value === 'function') return '';
  return escape(String(value));
}

// The drop-in autoloader (dist/strike-charts.min.js): defines each strike-* tag a page uses, when it is first
// seen, by importing that element's chunk (dist/chunks/, found beside this file). A page pays for what it shows.
// It imports nothing else, so that it stays a small first download.

/** Each element's chunk. Rollup makes every import() a chunk, resolved against this file's own URL. */
const chunks: Record<string, () => Promise<unknown>> = {
  'strike-breakdown': () => import('./elements/strike-breakdown/strike-breakdown.js'),
  'strike-chart': () => import('./elements/strike-chart/strike-chart.js'),
  'strike-dashboard': () => import('./elements/strike-dashboard/strike-dashboard.js'),
  'strike-summary': () => import('./elements/strike-summary/strike-summary.js'),
  'strike-timeline': () => import('./elements/strike-timeline/strike-timeline.js'),
  'strike-troops': () => import('./elements/strike-troops/strike-troops.js'),
};

const asked = new Set<string>();

function load(tag: string): void {
  if (asked.has(tag) || customElements.get(tag)) return;
  asked.add(tag);
  // A page's typo, or a tag of a newer release, must not break the page: a warning that names it.
  if (!(tag in chunks)) {
    console.warn(`strike-charts: <${tag}> is not a strike-charts element; the autoloader leaves it undefined`);
    return;
  }
  chunks[tag]().catch((error: unknown) => console.warn(`strike-charts: the chunk of <${tag}> could not be loaded`, error));
}

/**
 * Loads the element of every undefined strike-* tag in `root` and below (`root` itself too, when an element).
 * The autoloader calls it on the document and on what is added to it later; call it on a shadow root of your
 * own, which it cannot see into. (Our elements' shadow roots need no call: an element that renders others
 * imports them.)
 */
export function discover(root: Document | DocumentFragment | Element): void {
  const found = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) found.push(root);
  for (const element of found) if (element.localName.startsWith('strike-')) load(element.localName);
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  discover(document);
  new MutationObserver((changes) => {
    for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

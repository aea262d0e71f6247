// What the robustness tests need to know about every element: which are registered, a valid sample for each,
// and everything an element shows, labels or announces (DOM text, ARIA, and what chart.js draws).
import { Chart } from 'chart.js';

/** The six elements of the library; tests cover those registered, so new ones are covered as they land. */
export const TAGS = ['strike-chart', 'strike-troops', 'strike-timeline', 'strike-summary', 'strike-breakdown', 'strike-dashboard'] as const;
export type Tag = (typeof TAGS)[number];

export const registeredTags = (registry: CustomElementRegistry = customElements): Tag[] => TAGS.filter((tag) => registry.get(tag));

/** A valid `data` value for `tag` whose figures show `label` and `launched` (or a troops value). */
export function sampleData(tag: Tag, label = 'Drones', launched = 90): unknown {
  const report = (date: string, n: number) => ({
    date,
    source: { name: 'Ukrainian Air Force', url: 'https://example.org/report' },
    weapons: [{ kind: 'drone', label, launched: n, downed: Math.floor(n / 2), jammed: Math.floor(n / 4) }],
  });
  switch (tag) {
    case 'strike-troops':
      return { title: label, unit: 'troops', figures: [{ label, value: launched, qualifier: 'about', source: 'Pentagon' }] };
    case 'strike-timeline':
    case 'strike-breakdown':
    case 'strike-dashboard':
      return [report('2024-11-12', launched), report('2024-11-13', launched)];
    default:
      return report('2024-11-13', launched);
  }
}

const ANNOUNCED = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/** The element's shadow root and every shadow root inside it (a dashboard's parts), outermost first. */
export function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) visit(node.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

/** Every match of `selector` in the element's shadow root and the shadow roots inside it. */
export const deepQueryAll = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  shadowRoots(el).flatMap((root) => [...root.querySelectorAll<T>(selector)]);

/** Every `[part~=name]` in the element's shadow root and the shadow roots inside it (a dashboard's parts). */
export const deepParts = (el: Element, name: string): HTMLElement[] => deepQueryAll(el, `[part~="${name}"]`);

/** Every text node and announced attribute in the element's shadow root and the shadow roots inside it. */
export function shownTexts(el: Element): string[] {
  return shadowRoots(el).flatMap((root) => {
    const out: string[] = [];
    for (const node of root.querySelectorAll('*')) {
      for (const name of ANNOUNCED) {
        const value = node.getAttribute(name);
        if (value !== null) out.push(value);
      }
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue!.trim()) out.push(n.nodeValue!);
    return out;
  });
}

/** The Chart instances drawn inside the element, nested shadow roots included. */
export const chartsIn = (el: Element): Chart[] =>
  deepQueryAll<HTMLCanvasElement>(el, 'canvas').flatMap((canvas) => Chart.getChart(canvas) ?? []);

/**
 * What chart.js shows for a chart: labels, dataset labels, axis ticks and titles, and the text it draws on
 * the canvas. (Tooltips are HTML, from the table rows, which `shownTexts` already reads.)
 */
export function chartTexts(chart: Chart): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  add(chart.data.labels);
  chart.data.datasets.forEach((d) => add(d.label));
  for (const scale of Object.values(chart.scales)) {
    add(scale.ticks.map((t) => t.label));
    add((scale.options as { title?: { display?: boolean; text?: unknown } }).title?.display ? (scale.options as { title: { text: unknown } }).title.text : undefined);
  }
  const proto = CanvasRenderingContext2D.prototype;
  const { fillText, strokeText } = proto;
  proto.fillText = function (this: CanvasRenderingContext2D, t: string, ...rest: [number, number, number?]) {
    out.push(String(t));
    return fillText.call(this, t, ...rest);
  };
  proto.strokeText = function (this: CanvasRenderingContext2D, t: string, ...rest: [number, number, number?]) {
    out.push(String(t));
    return strokeText.call(this, t, ...rest);
  };
  try {
    chart.draw();
  } finally {
    proto.fillText = fillText;
    proto.strokeText = strokeText;
  }
  return out;
}

/** Resolves once the element (and the elements in its shadow root) finished updating and drew their charts. */
export async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = [el, ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((n) => 'chartSettled' in n)];
    await Promise.all(pending.map((n) => (n as unknown as { chartSettled(): Promise<void> }).chartSettled()));
  }
}

/**
 * What `read` finds in the element once it stops changing (an element may build inner parts frame by frame):
 * as soon as it reads `expected` for 3 frames, else once it read the same for `frames` frames (120 frames at most).
 */
export async function untilStable<T>(el: Element, read: (el: Element) => T, { expected, frames = 3 }: { expected?: T; frames?: number } = {}): Promise<T> {
  let last = '';
  let value!: T;
  for (let frame = 0, unchanged = 0; frame < 120; frame++) {
    await settled(el);
    value = read(el);
    const now = JSON.stringify(value);
    unchanged = now === last ? unchanged + 1 : 0;
    last = now;
    if (unchanged >= (expected !== undefined && now === JSON.stringify(expected) ? 3 : frames)) break;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return value;
}

/** Appends the element to `parent` and resolves once it drew, a frame later too (when its box got a size). */
export async function shown<T extends Element>(el: T, parent: Element = document.body): Promise<T> {
  parent.append(el);
  await settled(el);
  await new Promise((r) => requestAnimationFrame(r));
  await settled(el);
  return el;
}

// In-page scenarios for <strike-chart> and for plain chart.js drawing the same figures (rows 1, 2, 3 and 7).
// The page imports one library or the other before this module; every time is performance.now() in the page.

export const reference = {
  date: '2024-11-13',
  regions: 8,
  source: { name: 'Ukrainian Air Force', url: 'https://www.facebook.com/kpszsu' },
  weapons: [
    { kind: 'missile', label: 'Ballistic and cruise missiles', launched: 6, downed: 4 },
    { kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 },
  ],
};

/** Another night, every figure different from the reference strike. */
export const changed = {
  date: '2024-12-25',
  regions: 11,
  source: { name: 'Ukrainian Air Force', url: 'https://www.facebook.com/kpszsu' },
  weapons: [
    { kind: 'missile', label: 'Ballistic and cruise missiles', launched: 78, downed: 59 },
    { kind: 'drone', label: 'Drones', launched: 106, downed: 54, jammed: 52 },
  ],
};

const SEGMENTS = ['downed', 'jammed', 'unaccounted'];
const COLORS = { downed: '#0b4f8a', jammed: '#e69f00', unaccounted: '#c9c9c9' };
// <strike-chart>'s plot: one 44px row per weapon entry plus 64px for the axis.
export const plotHeight = (report) => report.weapons.length * 44 + 64;

const root = () => document.getElementById('root');
// Marks for `--trace`: bench/trace-summary.mjs counts what the main thread did from the last start to the last frame.
export const frame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      performance.mark('bench-end');
      resolve(performance.now());
    }),
  );
export const begin = () => {
  performance.mark('bench-start');
  return performance.now();
};
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `count` distinct elements under the root have fired strike-render since the call. */
function renders(count) {
  const drawn = new Set();
  return new Promise((resolve) => {
    const on = (event) => {
      drawn.add(event.target);
      if (drawn.size >= count) {
        root().removeEventListener('strike-render', on);
        resolve(drawn);
      }
    };
    root().addEventListener('strike-render', on);
  });
}

// ---- plain chart.js: what a page author would write by hand from the same figures ----

const shares = (report, segment) =>
  report.weapons.map((w) => {
    const n = segment === 'downed' ? w.downed : segment === 'jammed' ? (w.jammed ?? 0) : Math.max(0, w.launched - w.downed - (w.jammed ?? 0));
    return w.launched === 0 ? 0 : (n / w.launched) * 100;
  });

function plainConfig(report) {
  return {
    type: 'bar',
    data: {
      labels: report.weapons.map((w) => w.label),
      datasets: SEGMENTS.map((s) => ({ label: s, data: shares(report, s), backgroundColor: COLORS[s], stack: 'launched' })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, min: 0, max: 100 }, y: { stacked: true } },
    },
  };
}

function plainChart(report) {
  const box = document.createElement('div');
  box.style.height = `${plotHeight(report)}px`;
  const canvas = document.createElement('canvas');
  box.append(canvas);
  root().append(box);
  return new window.Chart(canvas, plainConfig(report));
}

let plainCharts = [];

// ---- row 1: from creation to the first painted frame ----

export async function createOurs({ count }) {
  const all = renders(count);
  const start = begin();
  for (let i = 0; i < count; i++) {
    const el = document.createElement('strike-chart');
    el.eager = true;
    el.data = reference;
    root().append(el);
  }
  await all;
  const end = await frame();
  const canvas = document.querySelector('strike-chart').shadowRoot.querySelector('canvas');
  return { ms: end - start, size: `${canvas.clientWidth}x${canvas.clientHeight}` };
}

export async function createPlain({ count }) {
  const start = begin();
  plainCharts = [];
  for (let i = 0; i < count; i++) plainCharts.push(plainChart(reference));
  const end = await frame();
  const canvas = plainCharts[0].canvas;
  return { ms: end - start, size: `${canvas.clientWidth}x${canvas.clientHeight}` };
}

// ---- row 2: every figure changed, to the first painted frame ----

export async function updateOurs({ count }) {
  await createOurs({ count });
  await frame();
  const all = renders(count);
  const start = begin();
  for (const el of document.querySelectorAll('strike-chart')) el.data = changed;
  await all;
  return { ms: (await frame()) - start };
}

export async function updatePlain({ count }) {
  await createPlain({ count });
  await frame();
  const start = begin();
  for (const chart of plainCharts) {
    chart.data.labels = changed.weapons.map((w) => w.label);
    chart.data.datasets.forEach((dataset, i) => (dataset.data = shares(changed, SEGMENTS[i])));
    chart.update('none');
  }
  return { ms: (await frame()) - start };
}

// ---- row 3: a long page, only the first screen in view; lazy (default) or eager ----

export async function longPage({ count, eager }) {
  const drawn = new Set();
  root().addEventListener('strike-render', (event) => drawn.add(event.target));
  const start = begin();
  const elements = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement('strike-chart');
    el.eager = eager;
    el.data = reference;
    el.heading = `Strike ${i + 1}`;
    root().append(el);
    elements.push(el);
  }
  // The first screen: every element whose top is inside the viewport once laid out.
  await frame();
  const firstScreen = elements.filter((el) => el.getBoundingClientRect().top < innerHeight);
  let end = performance.now();
  while (!firstScreen.every((el) => drawn.has(el))) end = await frame();
  await pause(500);
  return { ms: end - start, firstScreen: firstScreen.length, drawn: drawn.size };
}

// ---- row 7: JS heap after create/remove cycles, after garbage collection ----

async function collect() {
  for (let i = 0; i < 3; i++) {
    window.gc();
    await pause(20);
  }
}

async function cycleOurs() {
  const el = document.createElement('strike-chart');
  el.eager = true;
  el.data = reference;
  const drawn = renders(1);
  root().append(el);
  await drawn;
  el.remove();
}

async function cyclePlain() {
  const chart = plainChart(reference);
  const box = chart.canvas.parentElement;
  await Promise.resolve();
  chart.destroy();
  box.remove();
}

export async function heap({ cycles, ours }) {
  const cycle = ours ? cycleOurs : cyclePlain;
  for (let i = 0; i < 5; i++) await cycle();
  await collect();
  const before = performance.memory.usedJSHeapSize;
  for (let i = 0; i < cycles; i++) await cycle();
  await collect();
  return { bytes: performance.memory.usedJSHeapSize - before, left: root().childElementCount };
}

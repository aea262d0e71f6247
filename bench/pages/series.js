// In-page scenarios over the whole dataset (rows 5 and 6): our elements reading the CSV, and plain chart.js
// drawing the same daily series from the same file, parsed with d3-dsv as a page author would.
import { begin, frame } from './charts.js';

const root = () => document.getElementById('root');
const COLORS = { downed: '#0b4f8a', jammed: '#e69f00', unaccounted: '#c9c9c9', rate: '#7a1f5c' };
const DAY = 86_400_000;

/** Longest main-thread task seen from now on, in ms (0 when none reached the 50 ms the browser reports). */
function watchLongTasks() {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return longest;
  };
}

const rendered = (el) => new Promise((resolve) => el.addEventListener('strike-render', resolve, { once: true }));

export async function timelineOurs({ url }) {
  const longest = watchLongTasks();
  const start = begin();
  const el = document.createElement('strike-timeline');
  el.period = 'day';
  el.src = url;
  const drawn = rendered(el);
  root().append(el);
  await drawn;
  const end = await frame();
  const canvas = el.shadowRoot.querySelector('canvas');
  return {
    ms: end - start,
    // Rows of the figures (the table's DOM fills in slices after the draw).
    points: el.toCSV().trim().split('\n').length - 1,
    size: `${canvas.clientWidth}x${canvas.clientHeight}`,
    longestTask: longest(),
  };
}

/** Per report day (the date of time_end, else time_start): launched, downed, jammed; every day between present. */
function dailySeries(rows) {
  const days = new Map();
  for (const row of rows) {
    const date = (row.time_end || row.time_start).trim().slice(0, 10);
    const launched = Number(row.launched);
    if (!date || !row.model || row.launched === '' || !Number.isFinite(launched)) continue;
    const day = days.get(date) ?? { launched: 0, downed: 0, jammed: 0 };
    day.launched += launched;
    day.downed += Number(row.destroyed) || 0;
    day.jammed += Number(row.not_reach_goal) || 0;
    days.set(date, day);
  }
  const keys = [...days.keys()].sort();
  const series = [];
  for (let t = Date.parse(keys[0]); t <= Date.parse(keys.at(-1)); t += DAY) {
    const key = new Date(t).toISOString().slice(0, 10);
    series.push({ key, day: days.get(key) ?? null });
  }
  return series;
}

export async function timelinePlain({ url }) {
  const longest = watchLongTasks();
  const start = begin();
  const text = await (await fetch(url)).text();
  const series = dailySeries(window.data.csvParse(text));
  const value = (f) => series.map(({ day }) => (day ? f(day) : null));
  const box = document.createElement('div');
  box.style.height = '320px';
  const canvas = document.createElement('canvas');
  box.append(canvas);
  root().append(box);
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.map((p) => p.key),
      datasets: [
        { label: 'downed', data: value((d) => d.downed), backgroundColor: COLORS.downed, stack: 'launched', yAxisID: 'count' },
        { label: 'jammed', data: value((d) => d.jammed), backgroundColor: COLORS.jammed, stack: 'launched', yAxisID: 'count' },
        {
          label: 'unaccounted',
          data: value((d) => Math.max(0, d.launched - d.downed - d.jammed)),
          backgroundColor: COLORS.unaccounted,
          stack: 'launched',
          yAxisID: 'count',
        },
        {
          type: 'line',
          label: 'neutralized rate',
          data: value((d) => (d.launched ? ((d.downed + d.jammed) / d.launched) * 100 : null)),
          borderColor: COLORS.rate,
          pointRadius: 0,
          yAxisID: 'rate',
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true },
        count: { type: 'linear', position: 'left', stacked: true, beginAtZero: true },
        rate: { type: 'linear', position: 'right', min: 0, max: 100 },
      },
    },
  });
  const end = await frame();
  return { ms: end - start, points: series.length, size: `${canvas.clientWidth}x${canvas.clientHeight}`, longestTask: longest() };
}

/** Every strike-* element inside `root`'s shadow trees, nested ones included. */
function nested(root) {
  const found = [];
  const visit = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('strike-')) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every strike-render from now on, caught on the way down (the dashboard keeps its parts' events to itself). */
function watchRenders() {
  const drawn = new Set();
  const onRender = (event) => drawn.add(event.composedPath()[0]);
  window.addEventListener('strike-render', onRender, true);
  return { drawn, stop: () => window.removeEventListener('strike-render', onRender, true) };
}

/** The frame at which `el` has rendered and every chart it shows within reach of the viewport is drawn, nothing still loading. */
async function complete(el, drawn, start) {
  const shown = (node) => node.getClientRects().length > 0 && node.getBoundingClientRect().top < innerHeight + 300;
  for (;;) {
    const end = await frame();
    const parts = [el, ...nested(el)];
    const loading = parts.some((p) => p.shadowRoot?.querySelector('[part~="loading"]'));
    const waiting = parts.filter((p) => p.shadowRoot?.querySelector('canvas') && shown(p) && !drawn.has(p));
    if (drawn.has(el) && !loading && waiting.length === 0) return end;
    if (end - start > 30_000) {
      throw new Error(`<${el.localName}> not complete after 30 s: ${drawn.has(el) ? '' : `no strike-render from <${el.localName}>; `}${waiting.map((p) => `<${p.localName}>`).join(', ')} not drawn`);
    }
  }
}

/**
 * Time to the first complete render: the frame after the dashboard's own strike-render and after every chart
 * it shows within reach of the viewport (its parts' canvases) has been drawn, nothing still loading. With
 * `period`, the dashboard starts at that period.
 */
export async function dashboardOurs({ url, tag = 'strike-dashboard', period }) {
  const longest = watchLongTasks();
  const renders = watchRenders();
  const start = begin();
  const el = document.createElement(tag);
  if (period) el.period = period;
  el.src = url;
  root().append(el);
  try {
    const end = await complete(el, renders.drawn, start);
    await pause(200);
    return { ms: end - start, charts: renders.drawn.size - 1, longestTask: longest() };
  } finally {
    renders.stop();
  }
}

/**
 * A view change: the dashboard complete (and idle a while), then its period set to `period` as its control
 * does; the time to the frame after its next strike-render (every part updated and drawn), and the longest
 * task meanwhile.
 */
export async function dashboardView({ url, period }) {
  await dashboardOurs({ url });
  await pause(1000);
  const el = root().querySelector('strike-dashboard');
  const longest = watchLongTasks();
  const renders = watchRenders();
  const start = begin();
  el.period = period;
  try {
    const end = await complete(el, renders.drawn, start);
    await pause(200);
    return { ms: end - start, longestTask: longest() };
  } finally {
    renders.stop();
  }
}

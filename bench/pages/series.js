// In-page scenarios over the whole dataset (rows 5 and 6): our elements reading the CSV, and plain chart.js
// drawing the same daily series from the same file, parsed with d3-dsv as a page author would.
import { frame } from './charts.js';

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
  const start = performance.now();
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
  const start = performance.now();
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

/**
 * Time to the first complete render: the frame after the dashboard's own strike-render and after every chart
 * it shows within reach of the viewport (its parts' canvases) has been drawn, nothing still loading. The
 * dashboard keeps its parts' events to itself, so they are caught on the way down (capture on window).
 */
export async function dashboardOurs({ url, tag = 'strike-dashboard' }) {
  const longest = watchLongTasks();
  const drawn = new Set();
  const onRender = (event) => drawn.add(event.composedPath()[0]);
  window.addEventListener('strike-render', onRender, true);
  const start = performance.now();
  const el = document.createElement(tag);
  el.src = url;
  root().append(el);
  const shown = (node) => node.getClientRects().length > 0 && node.getBoundingClientRect().top < innerHeight + 300;
  try {
    for (;;) {
      const end = await frame();
      const parts = [el, ...nested(el)];
      const loading = parts.some((p) => p.shadowRoot?.querySelector('[part~="loading"]'));
      const waiting = parts.filter((p) => p.shadowRoot?.querySelector('canvas') && shown(p) && !drawn.has(p));
      if (drawn.has(el) && !loading && waiting.length === 0) {
        await pause(200);
        return { ms: end - start, charts: drawn.size - 1, longestTask: longest() };
      }
      if (end - start > 30_000) {
        throw new Error(`<${tag}> not complete after 30 s: ${drawn.has(el) ? '' : `no strike-render from <${tag}>; `}${waiting.map((p) => `<${p.localName}>`).join(', ')} not drawn`);
      }
    }
  } finally {
    window.removeEventListener('strike-render', onRender, true);
  }
}

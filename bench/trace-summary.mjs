// `node bench/trace-summary.mjs FILE [N]`: where a trace written by `npm run bench -- --trace DIR` spent the
// renderer's main thread: the thread (CPU) time of each kind of event (script, style, layout, paint…), less
// what the events inside it took, so that a machine busy with other work changes it little.
import { readFileSync } from 'node:fs';

const [file, top = '20'] = process.argv.slice(2);
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
// The scenario's own span (bench/pages/charts.js marks it): from its last start to its last frame.
const marks = (name) => traceEvents.filter((e) => e.name === name).map((e) => e.ts);
const to = Math.max(...marks('bench-end'), -Infinity);
const from = Math.max(...marks('bench-start').filter((ts) => ts < to), -Infinity);
const within = (e) => !Number.isFinite(to) || (e.ts + e.dur > from && e.ts < to);
const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const events = traceEvents
  .filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X' && e.dur > 0 && within(e))
  .map((e) => ({ ...e, cpu: e.tdur ?? e.dur }))
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// Self time by event name: an event's duration minus that of the events directly inside it.
const self = new Map();
const stack = [];
for (const e of events) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.cpu);
  self.set(e.name, (self.get(e.name) ?? 0) + e.cpu);
  stack.push(e);
}
const tasks = events.filter((e) => e.name === 'RunTask');
const longest = Math.max(0, ...tasks.map((e) => e.dur));
const sum = (key) => (tasks.reduce((t, e) => t + e[key], 0) / 1000).toFixed(1);
const span = Number.isFinite(to) ? ` from bench-start to the last frame, ${((to - from) / 1000).toFixed(1)} ms:` : ':';
console.log(`${file}${span} ${tasks.length} tasks, ${sum('dur')} ms in all (${sum('cpu')} ms on the CPU), longest ${(longest / 1000).toFixed(1)} ms`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);

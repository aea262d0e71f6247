// One timed parse in a fresh Node process, as a page would do it once: `node parse-once.mjs <data module> <csv> <copies> ours|d3`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { repeatWithShiftedDates } from './lib.mjs';

const [module, file, copies, impl] = process.argv.slice(2);
const data = await import(pathToFileURL(module).href);
const original = readFileSync(file, 'utf8');
const text = Number(copies) > 1 ? repeatWithShiftedDates(original, Number(copies), data) : original;

const start = performance.now();
const size =
  impl === 'ours'
    ? data.aggregate(data.parseAttacksCsv(text).records, { period: 'month' }).length
    : data.csvParseRows(text).length;
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ms, size }));

import type { Parameters } from 'fast-check';

// `npm test` runs each property 200 times; `npm run fuzz` sets FUZZ_RUNS much higher. FUZZ_SEED repeats a run.
const runs = Number(process.env.FUZZ_RUNS) || 200;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
console.log(`fuzz: ${runs} runs per property, seed ${seed} (FUZZ_SEED=${seed} repeats them)`);

export const fuzz = <T>(): Parameters<T> => ({ numRuns: runs, seed });

/** Vitest's per-test time limit for a property, scaled with the run count. */
export const fuzzTimeout = Math.max(10_000, runs * 20);

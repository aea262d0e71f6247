import { readdirSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { splitChartJs } from './scripts/split-chartjs.mjs';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/elements/${d.name}/${d.name}.ts`);

// Empties dist/ when the package build starts (not on import: bench/ reads this file), so a module that no
// longer exists is never packed.
const cleanDist = { name: 'clean-dist', buildStart: () => rmSync('dist', { recursive: true, force: true }) };

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', sourceMap: true });

/**
 * How the drop-in files are bundled and minified. scripts/size.mjs and bench/lib.mjs bundle with these very
 * plugins, so their figures are the shipped file's. A function: each build gets plugins of its own. `module`:
 * false for a classic script, whose top-level name (the global) must be kept.
 */
export const dropInPlugins = ({ module = true } = {}) => [
  nodeResolve({ browser: true }),
  ts(),
  minifyTemplates(),
  // A second pass finds what the first one's inlining opened up (~0.2 kB gzip); a third adds nothing.
  terser({ ecma: 2021, module, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    // The npm package: one ES module per source file, lit and chart.js (and, for src/react.ts, React and
    // @lit/react) left to the user's bundler.
    input: ['src/index.ts', 'src/data.ts', 'src/react.ts', ...elements],
    external: (id) => /^(lit|chart\.js|@lit|@kurkle|react)(\/|$)/.test(id),
    plugins: [cleanDist, ts(), minifyTemplates()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    // The drop-in for a <script type="module"> tag: a small autoloader, and one chunk per element that it imports
    // when the page first uses the tag. The chunks share Lit, chart.js and the data layer; chart.js is cut into
    // its pieces, so that each chart type's pieces come with the elements drawing with them.
    input: { 'strike-charts.min': 'src/autoload.ts' },
    plugins: [splitChartJs(), ...dropInPlugins()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    // Everything in one self-contained file for a <script type="module"> tag: every element and the whole API.
    input: 'src/index.ts',
    plugins: dropInPlugins(),
    // One file: the Ukrainian words and the CSV reader, loaded on first use elsewhere, are inlined here.
    output: { file: 'dist/strike-charts.all.min.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
  {
    // The same for a CMS that cannot add type="module": a classic script that defines every element and puts
    // the API on window.StrikeCharts.
    input: 'src/index.ts',
    plugins: dropInPlugins({ module: false }),
    // A classic script cannot load chunks: what loads on first use elsewhere is inlined.
    output: { file: 'dist/strike-charts.iife.js', format: 'iife', name: 'StrikeCharts', sourcemap: true, inlineDynamicImports: true },
  },
];

// ESLint 9 flat config: TypeScript, Lit templates and custom-element rules for the library; Node globals for
// scripts and configs. Types are checked by `tsc --noEmit` in `npm run lint`, not here.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'custom-elements.json', 'node_modules/', 'test/types/tags.generated.ts', 'examples/*/bundle.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter an override or callback must accept but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Walking up the tree starts from the element itself.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['node'] }],
    },
  },
  {
    files: ['test/**'],
    // chai assertions are property reads: expect(x).to.be.true.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts', 'test/browser/**/*.{ts,js,jsx}', 'examples/**/*.{js,jsx,ts}'],
    ...wc.configs['flat/best-practice'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['src/**/*.ts', 'test/browser/**/*.ts'], ...lit.configs['flat/recommended'] },
  {
    files: ['src/data/**/*.ts', 'src/charts/**/*.ts', 'src/data.ts'],
    rules: {
      // The pure layers run in Node as well: no DOM, Lit or chart.js runtime (chart.js types are fine).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'src/data and src/charts are pure: no Lit.' },
            { group: ['../elements/*', '../controllers/*'], message: 'Layers import only the ones before them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/data.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['chart.js', 'chart.js/*', 'lit', 'lit/*', '../charts/*', '../elements/*', '../controllers/*'], message: 'src/data is pure: no chart.js, Lit or later layers.' }] },
      ],
    },
  },
  {
    files: ['**/*.{mjs,cjs,js}', 'test/unit/**/*.ts', 'test/consumer/**', 'test/types/**', '*.config.*', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Pages, and the functions that scripts hand to page.evaluate(), run in the browser.
    files: ['bench/**', 'test/consumer/**', 'examples/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

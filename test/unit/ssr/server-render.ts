// Server rendering as a site does it: @lit-labs/ssr renders the page of six elements (test/fixtures/ssr-page.ts)
// into HTML with declarative shadow DOM. The unit test reads that HTML; the browser test's server route
// (test/browser/ssr-routes.mjs) runs it in Node and hydrates the HTML in Chromium.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../../../src/index.js';
import { parseAttacksCsv } from '../../../src/data/csv.js';
import { ssrPage } from '../../fixtures/ssr-page.js';

/** Any Lit template rendered to HTML, as a server sends it. */
export const renderTemplate = (template: unknown): Promise<string> => collectResult(render(template));

/** The page of six elements rendered to HTML, given the text of the CSV fixture (SSR_CSV). */
export const renderPage = (csv: string): Promise<string> => renderTemplate(ssrPage(parseAttacksCsv(csv).records));

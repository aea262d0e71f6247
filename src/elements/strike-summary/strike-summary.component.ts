import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { summaryView, type SummaryTile, type SummaryView } from '../../charts/summary.js';
import type { Period } from '../../data/calendar.js';
import { isRecord } from '../../data/check.js';
import { reportFigures, summaryFigures } from '../../data/compare.js';
import type { InputIssue, WeaponKind } from '../../data/types.js';
import { validateReport } from '../../data/validate.js';
import { checkViewAttributes, listOf } from '../../data/view-attributes.js';
import { PayloadRecords } from '../payload-records.js';
import { StrikeElement, type Figure, type Payload } from '../strike-element.js';
import { strikeSummaryStyles } from './strike-summary.styles.js';

/**
 * Headline figures of a report or a range of reports as tiles: launched, neutralized rate, downed, jammed,
 * and launched per weapon kind, each with its change against the previous period of the same length when
 * the data holds one ("+24 % on Oct 2024"). No chart: the tiles (`toPNG()` draws them), a sentence and a table.
 *
 * @summary Headline figures with their change on the previous period.
 *
 * @event strike-render - After each render of new figures.
 * @event strike-error - The data or an attribute could not be used; `detail.message` and `detail.issues` say why.
 * @event strike-load - A `src` URL was loaded and its data can be used (else `strike-error` says why, and no `strike-load` comes).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The optional heading.
 * @csspart window - The line above the tiles: the period shown, and what changes are measured against.
 * @csspart tiles - A list of tiles: the headline figures, then (also `kinds`) launched per weapon kind.
 * @csspart tile - One tile; also `tile-launched`, `tile-neutralized-rate`, `tile-downed`, `tile-jammed`, `tile-kind-drone`, ….
 * @csspart tile-label - A tile's name.
 * @csspart tile-value - A tile's figure.
 * @csspart tile-detail - The line under a tile's figure.
 * @csspart tile-change - A tile's change; also `change-up`, `change-down` or `change-flat`.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of the figures, now and in the previous period (visually hidden unless `show-table`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart loading - The loading message while `src` loads.
 * @csspart progress - The progress bar while `src` loads.
 * @csspart empty - Shown while there is no data.
 *
 * @cssproperty --strike-color-text - Figures and labels.
 * @cssproperty --strike-color-muted - Tile labels, details and changes.
 * @cssproperty --strike-color-surface - Background of the tiles.
 * @cssproperty --strike-color-border - Border of the tiles.
 * @cssproperty --strike-color-downed - Accent of the downed tile.
 * @cssproperty --strike-color-jammed - Accent of the jammed tile.
 * @cssproperty --strike-color-rate - Accent of the neutralized-rate tile.
 * @cssproperty --strike-radius - Corner radius of the tiles.
 * @cssproperty --strike-space - Spacing between the tiles.
 * @cssproperty --strike-tile-min-width - Narrowest a tile gets before the tiles wrap (default 10.5rem).
 * @cssproperty --strike-tile-value-size - Font size of a tile's figure (default 1.625rem).
 */
export class StrikeSummary extends StrikeElement {
  static override styles = [...StrikeElement.styles, strikeSummaryStyles];

  /** `day`, `week`, `month` or `year`: without `from`/`to`, the latest whole one is shown, against the one before. */
  @property({ reflect: true }) period?: Period;

  /** Weapon kinds to count, comma-separated (`drone,missile`); all when empty. */
  @property() kind?: string;

  /** First report date counted, `YYYY-MM-DD`. */
  @property() from?: string;

  /** Last report date counted, `YYYY-MM-DD`. */
  @property() to?: string;

  private view?: SummaryView;
  private readonly rows = new PayloadRecords();
  private rendered?: Figure;

  protected override viewKey(): string {
    return [super.viewKey(), this.period, this.kind, this.from, this.to].join('|');
  }

  protected override prepare(payload: Payload): Figure | InputIssue[] {
    const issues = checkViewAttributes({ period: this.period, kind: this.kind, from: this.from, to: this.to });
    if (issues.length) return issues;
    const f = this.format;
    // One report without a date has nothing to compare with: its figures alone.
    if (payload.kind === 'json' && isRecord(payload.value) && !payload.value.date) {
      const checked = validateReport(payload.value);
      if (!checked.ok) return checked.issues;
      this.view = summaryView(reportFigures(checked.value), f, this.words);
    } else {
      const read = this.rows.read(payload);
      if ('issues' in read) return read.issues;
      const figures = summaryFigures(read.records, {
        period: this.period,
        from: this.from,
        to: this.to,
        kinds: listOf(this.kind) as WeaponKind[],
      });
      if (!figures) return [{ path: 'data', message: 'data: expected rows of the dataset, got none' }];
      this.view = summaryView(figures, f, this.words);
    }
    return { configure: null, sentence: this.view.sentence, table: this.view.table, height: '0' };
  }

  /**
   * The tiles as a PNG image, drawn from their layout on the page (at the screen's pixel ratio), for an
   * article or a post; null while there are none.
   */
  override toPNG(): Promise<Blob | null> {
    const area = [this.renderRoot.querySelector<HTMLElement>('[part~="window"]'), ...this.renderRoot.querySelectorAll<HTMLElement>('[part~="tiles"]')].filter((e): e is HTMLElement => !!e);
    if (!this.view || this.problem || area.length === 0 || typeof document === 'undefined') return Promise.resolve(null);
    const rects = area.map((e) => e.getBoundingClientRect());
    const pad = 12;
    const left = Math.min(...rects.map((r) => r.left)) - pad;
    const top = Math.min(...rects.map((r) => r.top)) - pad;
    const width = Math.max(...rects.map((r) => r.right)) - left + pad;
    const height = Math.max(...rects.map((r) => r.bottom)) - top + pad;
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * ratio);
    canvas.height = Math.ceil(height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx || width <= 0 || height <= 0) return Promise.resolve(null);
    ctx.scale(ratio, ratio);
    const host = getComputedStyle(this);
    ctx.fillStyle = host.getPropertyValue('--strike-color-surface').trim() || '#fff';
    ctx.fillRect(0, 0, width, height);
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.left - left, y: r.top - top, w: r.width, h: r.height };
    };
    for (const tile of this.renderRoot.querySelectorAll('[part~="tile"]')) {
      const b = box(tile);
      const style = getComputedStyle(tile);
      ctx.strokeStyle = style.borderTopColor;
      ctx.strokeRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1);
      ctx.fillStyle = getComputedStyle(tile, '::before').backgroundColor;
      ctx.fillRect(b.x, b.y, 4, b.h);
    }
    // Each line of text where the page shows it, in its own font and colour.
    for (const text of this.renderRoot.querySelectorAll('[part~="window"], dt, dd')) {
      const b = box(text);
      const style = getComputedStyle(text);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      ctx.fillStyle = style.color;
      ctx.textBaseline = 'middle';
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
      ctx.fillText(text.textContent!.replace(/\s+/g, ' ').trim(), b.x, b.y + lineHeight / 2, b.w);
    }
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  }

  protected override updated(): void {
    super.updated();
    // No chart fires it: the tiles are drawn when they render.
    if (this.figure && !this.problem && this.figure !== this.rendered) {
      this.rendered = this.figure;
      this.emit('strike-render', {});
    }
  }

  protected override renderLead(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const kinds = view.tiles.filter((t) => t.key.startsWith('kind-'));
    const main = view.tiles.filter((t) => !t.key.startsWith('kind-'));
    const tile = (t: SummaryTile) => html`<div part="tile tile-${t.key}">
      <dt part="tile-label">${t.label}</dt>
      <dd part="tile-value">${t.value}</dd>
      ${t.detail ? html`<dd part="tile-detail">${t.detail}</dd>` : nothing}
      ${t.change
        ? html`<dd part="tile-change change-${t.change.trend}" title=${t.change.text}>
            <span aria-hidden="true">${t.change.trend === 'up' ? '▲' : t.change.trend === 'down' ? '▼' : '●'}</span>
            ${t.change.value}
          </dd>`
        : nothing}
    </div>`;
    return html`<p part="window">
        <strong>${view.title}</strong>${view.previous ? html` · ${this.words.summary.versus(view.previous)}` : nothing}
      </p>
      <dl part="tiles">
        ${main.map(tile)}
      </dl>
      ${kinds.length ? html`<dl part="tiles kinds">${kinds.map(tile)}</dl>` : nothing}`;
  }
}

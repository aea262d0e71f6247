// The embed builder: pasted figures (a table copied from a spreadsheet, CSV, or JSON) become a live element,
// an HTML snippet to paste into an article, and an image to download.

const DROP_IN = 'https://unpkg.com/strike-charts/dist/strike-charts.min.js';

/** Rows of cells: tab-separated (a spreadsheet's copy) when a tab is in the text, else semicolons or commas. */
function rowsOf(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const sample = lines.join('\n');
  const separator = sample.includes('\t') ? '\t' : sample.includes(';') ? ';' : ',';
  // Thousands written "10,000" stay whole in a comma-separated line only when quoted, as spreadsheets write them.
  return lines.map((line) => (separator === ',' ? splitCsv(line) : line.split(separator)).map((c) => c.trim()));
}

function splitCsv(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) [cells[cells.length], cell] = [cell, ''];
    else cell += ch;
  }
  return [...cells, cell];
}

const number = (text) => {
  const digits = String(text).replace(/[\s,\u00a0\u202f]/g, '');
  return /^\d+(\.\d+)?$/.test(digits) ? Number(digits) : undefined;
};

/** A troop figure as written: "10,000", "more than 10,000", ">10000", "about 50,000", "~50000", "11,000–12,000". */
function troopFigure(label, written, line) {
  const text = written.toLowerCase().trim();
  const range = /^([\d\s,.]+)\s*(?:–|—|-|to)\s*([\d\s,.]+)$/.exec(text);
  if (range && number(range[1]) !== undefined && number(range[2]) !== undefined) {
    return { label, qualifier: 'range', low: number(range[1]), high: number(range[2]) };
  }
  const forms = [
    [/^(?:more than|over|at least|>)\s*/, 'more-than'],
    [/^(?:fewer than|less than|under|<)\s*/, 'fewer-than'],
    [/^(?:about|around|some|approximately|~|≈)\s*/, 'about'],
  ];
  for (const [pattern, qualifier] of forms) {
    if (pattern.test(text) && number(text.replace(pattern, '')) !== undefined) return { label, qualifier, value: number(text.replace(pattern, '')) };
  }
  if (number(text) !== undefined) return { label, qualifier: 'exact', value: number(text) };
  throw new Error(`line ${line}: "${written}" is not a number (write 10,000, more than 10,000, about 50,000 or 11,000–12,000)`);
}

const KINDS = [
  [/drone|shahed|uav|gerbera|дрон|бпла/i, 'drone'],
  [/missile|iskander|kalibr|kh-|x-\d|ракет/i, 'missile'],
  [/bomb|kab|бомб/i, 'bomb'],
];
const kindOf = (label) => KINDS.find(([pattern]) => pattern.test(label))?.[1] ?? 'unknown';

/** A night's report from a table with a header naming launched and downed (jammed optional). */
function reportOf(rows, header) {
  const at = (name) => header.findIndex((h) => h.toLowerCase().startsWith(name));
  const [launched, downed, jammed] = [at('launched'), at('downed'), at('jammed')];
  const label = header.findIndex((_, i) => ![launched, downed, jammed].includes(i));
  const weapons = rows.map((cells, r) => {
    const count = (i, name) => {
      if (i < 0 || cells[i] === '' || cells[i] === undefined) return undefined;
      const n = number(cells[i]);
      if (n === undefined) throw new Error(`line ${r + 2}: ${name} "${cells[i]}" is not a whole number`);
      return n;
    };
    const name = label >= 0 ? cells[label] : `Row ${r + 1}`;
    const entry = { kind: kindOf(name), label: name, launched: count(launched, 'launched'), downed: count(downed, 'downed') ?? 0 };
    if (entry.launched === undefined) throw new Error(`line ${r + 2}: no launched count for ${name}`);
    const j = count(jammed, 'jammed');
    if (j !== undefined) entry.jammed = j;
    return entry;
  });
  return { tag: 'strike-chart', data: { weapons } };
}

/** What the pasted text makes: the element it suits and its data; throws with the line at fault. */
export function readFigures(text) {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (/^[[{]/.test(trimmed)) {
    const data = JSON.parse(trimmed);
    return { tag: data && Array.isArray(data.figures) ? 'strike-troops' : 'strike-chart', data };
  }
  const rows = rowsOf(trimmed);
  const header = rows[0];
  if (header.some((h) => /^launched/i.test(h)) && header.some((h) => /^downed/i.test(h))) return reportOf(rows.slice(1), header);
  if (rows.some((r) => r.length < 2)) throw new Error('each line needs a name and a number, or a header naming launched and downed');
  // A first line whose second cell is no figure is a header: its second cell names what is counted.
  let unit;
  let body = rows;
  if (rows.length > 1) {
    try {
      troopFigure(header[0], header[1], 1);
    } catch {
      unit = header[1];
      body = rows.slice(1);
    }
  }
  const figures = body.map((cells, i) => troopFigure(cells[0], cells[1], i + 1 + (unit ? 1 : 0)));
  return { tag: 'strike-troops', data: unit ? { unit, figures } : { figures } };
}

/** An attribute value in single quotes: `&` and `'` written as entities, so any text survives. */
const quoted = (value) => `'${value.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`;

/** The HTML to paste: the drop-in script, then the element with its attributes and data. */
export function snippetOf({ tag, data }, attributes) {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v)
    .map(([name, v]) => ` ${name}=${quoted(v)}`)
    .join('');
  return `<script type="module" src="${DROP_IN}"></script>\n<${tag}${attrs}\n  data=${quoted(JSON.stringify(data))}></${tag}>`;
}

/** The data with the date and source the editor gave: a report's own, or each troop figure's. */
function withDetails({ tag, data }, { date, source }) {
  if (tag === 'strike-troops') return source ? { ...data, figures: data.figures.map((f) => ({ ...f, source: { name: source } })) } : data;
  return { ...(date ? { date } : {}), ...data, ...(source ? { source: { name: source } } : {}) };
}

const $ = (id) => document.getElementById(id);

function update() {
  const problem = $('problem');
  const preview = $('preview');
  problem.textContent = '';
  let figures;
  try {
    figures = readFigures($('figures').value);
  } catch (error) {
    problem.textContent = `These figures cannot be read: ${error.message}.`;
    return;
  }
  if (!figures) return;
  const shaped = { ...figures, data: withDetails(figures, { date: $('date').value, source: $('source').value.trim() }) };
  const attributes = { heading: $('heading').value.trim(), theme: $('theme').value === 'auto' ? '' : $('theme').value };
  if (figures.tag === 'strike-chart' && $('variant').value === 'doughnut') attributes.variant = 'doughnut';
  $('snippet').value = snippetOf(shaped, attributes);
  let el = preview.firstElementChild;
  if (el?.localName !== figures.tag) {
    el = document.createElement(figures.tag);
    preview.replaceChildren(el);
  }
  for (const [name, value] of Object.entries({ heading: '', theme: '', variant: '', ...attributes })) {
    if (value) el.setAttribute(name, value);
    else el.removeAttribute(name);
  }
  el.data = shaped.data;
  $('variant-field').hidden = figures.tag !== 'strike-chart';
}

async function copySnippet() {
  const snippet = $('snippet');
  snippet.select();
  try {
    await navigator.clipboard.writeText(snippet.value);
    $('copied').textContent = 'Copied.';
  } catch {
    $('copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

async function downloadImage() {
  const el = $('preview').firstElementChild;
  const blob = el && (await el.toPNG());
  if (!blob) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${el.localName}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

if (typeof document !== 'undefined' && $('figures')) {
  for (const id of ['figures', 'heading', 'date', 'source', 'theme', 'variant']) $(id).addEventListener('input', update);
  $('copy').addEventListener('click', copySnippet);
  $('download').addEventListener('click', downloadImage);
  update();
}

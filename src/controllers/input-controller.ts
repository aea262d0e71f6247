import type { ReactiveControllerHost } from 'lit';
import { parseJson } from '../data/check.js';
import { parseAttacksCsv } from '../data/csv.js';
import { validateRecords } from '../data/records.js';
import type { AttackRecord, InputIssue } from '../data/types.js';
import { warn } from '../data/warn.js';
import { SourceController, type LoadedSource } from './source-controller.js';

/**
 * Input after loading: a JSON value, or rows of the public dataset (from a CSV file, or handed over as
 * `{ records }`, e.g. by the dashboard, which parses once for all its charts).
 */
export type Payload = { kind: 'json'; value: unknown } | { kind: 'dataset'; records: readonly AttackRecord[] };

/** Why the input cannot be used: a message for the reader, and each problem with where it was found. */
export interface InputProblem {
  message: string;
  issues: InputIssue[];
}

type Input = { from: 'none' } | { from: 'data'; value: unknown } | { from: 'src'; url: string };

/**
 * Row lists this library parsed or checked itself. Handed on as `{ records }` (the dashboard gives one to
 * each of its parts) they are taken as they are: checking 3,000 rows costs ~60 ms, once is enough.
 */
const checkedRecords = new WeakSet<readonly AttackRecord[]>();

/** Marks rows built by the library from checked input as needing no second check. */
export function markChecked(records: readonly AttackRecord[]): void {
  checkedRecords.add(records);
}

/** Rows already parsed (`parseAttacksCsv(...).records`) given as `{ records }`. */
const isDataset = (v: unknown): v is { records: readonly AttackRecord[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { records?: unknown }).records);

export interface InputOptions {
  /** Milliseconds a `src` load may take; read as each load starts. */
  timeoutMs: () => number;
  /** The reader's words for "the data has `count` problems". */
  problemsMessage: (count: number) => string;
}

/**
 * Input intake: the `data` property or attribute and the `src` URL (the latest set wins) become a payload the
 * element can draw, or a problem saying why not. A `src` is loaded (and aborted when superseded or the
 * element leaves) with its progress; CSV is parsed into dataset rows, JSON text into a value.
 */
export class InputController {
  payload?: Payload;
  problem?: InputProblem;
  /** Bytes of a `src` load read so far, and the total when the server says it (else 0); set while loading. */
  progress?: { read: number; total: number };

  private input: Input = { from: 'none' };
  private inputChanged = false;
  private arrived = false;
  private loadedUrl?: string;
  private readonly source: SourceController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: InputOptions,
  ) {
    this.source = new SourceController(host, {
      timeoutMs: options.timeoutMs,
      onLoad: (loaded) => this.arrive(() => this.readLoaded(loaded)),
      onError: (message) => this.arrive(() => this.refuse(message, [{ path: 'src', message }])),
      onProgress: (read, total) => {
        this.progress = { read, total };
        host.requestUpdate();
      },
    });
  }

  get loading(): boolean {
    return this.source.loading;
  }

  /** `data` was set: an object, JSON text, `{ records }`, or nothing. */
  setData(value: unknown): void {
    this.input = { from: 'data', value };
    this.inputChanged = true;
  }

  /** `src` was set; empty means no input. */
  setSrc(url: string | undefined): void {
    this.input = url ? { from: 'src', url } : { from: 'none' };
    this.inputChanged = true;
  }

  /** Takes the input set, or the load finished, since the last call; true when the payload or problem changed. */
  take(): boolean {
    const arrived = this.arrived;
    this.arrived = false;
    if (!this.inputChanged) return arrived;
    this.inputChanged = false;
    this.payload = this.problem = this.progress = undefined;
    const input = this.input;
    if (input.from === 'src') this.source.load(input.url);
    else {
      this.source.cancel();
      if (input.from === 'data') this.readData(input.value);
    }
    // A URL refused at once arrived within this call: nothing is left to take.
    this.arrived = false;
    return true;
  }

  /** The URL of a load that ended since the last call, once: the element says whether it could be used. */
  takeLoadedUrl(): string | undefined {
    const url = this.loadedUrl;
    this.loadedUrl = undefined;
    return url;
  }

  private arrive(read: () => void): void {
    this.progress = undefined;
    read();
    this.arrived = true;
    this.host.requestUpdate();
  }

  private readLoaded(loaded: LoadedSource): void {
    this.loadedUrl = loaded.url;
    if (!loaded.csv) {
      this.readJsonText(loaded.text, 'src', `The file at ${loaded.url}`);
      return;
    }
    const { records, warnings } = parseAttacksCsv(loaded.text);
    checkedRecords.add(records);
    if (warnings.length > 0) {
      const shown = warnings.slice(0, 3).map((w) => w.message).join('; ');
      warn(`${loaded.url}: ${warnings.length} ${warnings.length === 1 ? 'row' : 'rows'} with warnings (${shown}${warnings.length > 3 ? '; …' : ''})`);
    }
    this.accept({ kind: 'dataset', records });
  }

  private readData(value: unknown): void {
    if (value === null || value === undefined || value === '') return;
    if (typeof value === 'string') this.readJsonText(value, 'data', 'The data attribute');
    else if (!isDataset(value)) this.accept({ kind: 'json', value });
    else if (checkedRecords.has(value.records)) this.accept({ kind: 'dataset', records: value.records });
    else {
      const checked = validateRecords(value.records);
      if (!checked.ok) return this.refuse(this.options.problemsMessage(checked.issues.length), checked.issues);
      checkedRecords.add(checked.value);
      this.accept({ kind: 'dataset', records: checked.value });
    }
  }

  private readJsonText(text: string, path: string, where: string): void {
    const parsed = parseJson(text, path, where);
    if (parsed.ok) this.accept({ kind: 'json', value: parsed.value });
    else this.refuse(parsed.issue.message, [parsed.issue]);
  }

  private accept(payload: Payload): void {
    this.problem = undefined;
    this.payload = payload;
  }

  private refuse(message: string, issues: InputIssue[]): void {
    this.payload = undefined;
    this.problem = { message, issues };
  }
}

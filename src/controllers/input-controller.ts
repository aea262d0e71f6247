import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseJson } from '../data/check.js';
import { webPage } from '../data/reading.js';
import { validateRecords } from '../data/records.js';
import type { AttackRecord, InputIssue, InputWarning, ReadingProblem } from '../data/types.js';
import type { StrikeErrorDetail } from '../elements/events.js';
import { csvReader, loadCsvReader, readerFailure, type CsvReader } from './csv-reader.js';
import { SourceController, type LoadedSource } from './source-controller.js';

/**
 * Input after loading: a JSON value, or rows of the public dataset (from a CSV file, or handed over as
 * `{ records }`, e.g. by the dashboard, which parses once for all its charts) with what was odd in them.
 */
export type Payload = { kind: 'json'; value: unknown } | { kind: 'dataset'; records: readonly AttackRecord[]; warnings: readonly InputWarning[] };

/** Why the input cannot be used: what `strike-error` tells the page. */
export type InputProblem = StrikeErrorDetail;

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
  /** Seconds between checks of a loaded `src` for newer figures (at least 1); none when not above 0. */
  refreshSeconds: () => number | undefined;
  /** The reader's words for "the data has `count` problems". */
  problemsMessage: (count: number) => string;
  /** The reader's words for why a text could not be read at all; `url` is where it came from, none for `data`. */
  unreadableMessage: (problem: ReadingProblem, url: string | undefined) => string;
}

/**
 * Input intake: the `data` property or attribute and the `src` URL (the latest set wins) become a payload the
 * element can draw, or a problem saying why not. A `src` is loaded (and aborted when superseded or the
 * element leaves) with its progress; CSV is parsed into dataset rows, JSON text into a value.
 */
export class InputController implements ReactiveController {
  payload?: Payload;
  problem?: InputProblem;
  /** Bytes of a `src` load read so far, and the total when the server says it (else 0); set while loading. */
  progress?: { read: number; total: number };
  /** When the figures of a refreshed `src` were last loaded or found unchanged. */
  asOf?: Date;
  /** Why the last check for newer figures failed: the figures shown stay. */
  checkFailure?: string;
  /** When a check last brought newer figures. */
  changedAt?: Date;

  private input: Input = { from: 'none' };
  private inputChanged = false;
  private arrived = false;
  private loadedUrl?: string;
  /** A CSV file arrived before the CSV reader: still loading (as already shown) until the reader is in. */
  private awaitingReader = false;
  private readonly source: SourceController;
  /** The last file loaded from `src`, which a check asks to be newer than. */
  private shown?: LoadedSource;
  private checking = false;
  private checkTimer?: ReturnType<typeof setTimeout>;
  private checkEvery?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: InputOptions,
  ) {
    host.addController(this);
    this.source = new SourceController(host, {
      timeoutMs: options.timeoutMs,
      onLoad: (loaded) => this.arriveLoaded(loaded),
      onUnchanged: () => this.checked(undefined),
      onError: (message) => (this.checking ? this.checked(message) : this.arrive(() => this.refuse(message, [{ path: 'src', message }]))),
      onProgress: (read, total) => {
        this.progress = { read, total };
        host.requestUpdate();
      },
    });
  }

  get loading(): boolean {
    return this.source.loading || this.awaitingReader;
  }

  hostConnected(): void {
    this.scheduleCheck();
  }

  hostUpdate(): void {
    if (this.options.refreshSeconds() !== this.checkEvery) this.scheduleCheck();
  }

  hostDisconnected(): void {
    clearTimeout(this.checkTimer);
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
    this.payload = this.problem = this.progress = this.shown = this.asOf = this.changedAt = this.checkFailure = undefined;
    this.checking = this.awaitingReader = false;
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

  /** Checks the file shown for newer figures every `refresh` seconds (skipped while the page is hidden). */
  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    const seconds = (this.checkEvery = this.options.refreshSeconds());
    if (!seconds || !(seconds > 0) || !this.shown) return;
    this.checkTimer = setTimeout(() => {
      if (typeof document !== 'undefined' && document.hidden) return this.scheduleCheck();
      this.checking = true;
      this.source.check(this.shown!);
    }, Math.min(Math.max(1, seconds) * 1000, 2 ** 31 - 1));
  }

  /** A check ended without newer figures: unchanged, or failed with `failure`; what is shown stays. */
  private checked(failure: string | undefined): void {
    this.checking = false;
    if (failure === undefined) this.asOf = new Date();
    this.checkFailure = failure;
    this.scheduleCheck();
    this.host.requestUpdate();
  }

  /** A `src` arrived: read now, or once the CSV reader (loaded with the first CSV file) is in, unless newer input came. */
  private arriveLoaded(loaded: LoadedSource): void {
    const ready = csvReader();
    if (!loaded.csv || ready) return this.arrive(() => this.readLoaded(loaded, loaded.csv ? ready : undefined));
    const input = this.input;
    this.awaitingReader = true;
    void loadCsvReader()
      .then(
        (read) => () => this.readLoaded(loaded, read),
        (error: unknown) => () => {
          const message = readerFailure(error, loaded.url);
          this.refuse(message, [{ path: 'src', message }]);
        },
      )
      .then((read) => {
        if (this.input !== input) return;
        this.awaitingReader = false;
        this.arrive(read);
      });
  }

  /** `readCsv`: the CSV reader, for a CSV file; none for JSON. */
  private readLoaded(loaded: LoadedSource, readCsv: CsvReader | undefined): void {
    if (this.checking) this.changedAt = new Date();
    this.loadedUrl = loaded.url;
    this.checking = false;
    this.checkFailure = undefined;
    this.shown = loaded;
    this.asOf = new Date();
    this.scheduleCheck();
    if (!readCsv) return this.readJsonText(loaded.text, loaded.url);
    const parsed = readCsv(loaded);
    checkedRecords.add(parsed.records);
    if (parsed.problem) return this.unreadable(parsed.problem, loaded.url);
    this.accept({ kind: 'dataset', records: parsed.records, warnings: parsed.warnings });
  }

  private readData(value: unknown): void {
    if (value === null || value === undefined || value === '') return;
    if (typeof value === 'string') this.readJsonText(value, undefined);
    else if (!isDataset(value)) this.accept({ kind: 'json', value });
    else if (checkedRecords.has(value.records)) this.accept({ kind: 'dataset', records: value.records, warnings: [] });
    else {
      const checked = validateRecords(value.records);
      if (!checked.ok) return this.refuse(this.options.problemsMessage(checked.issues.length), checked.issues);
      checkedRecords.add(checked.value);
      this.accept({ kind: 'dataset', records: checked.value, warnings: checked.issues });
    }
  }

  /** JSON text from `url`, or from `data` without one. */
  private readJsonText(text: string, url: string | undefined): void {
    const page = url === undefined ? undefined : webPage(text);
    if (page) return this.unreadable(page, url);
    const parsed = parseJson(text);
    if (parsed.ok) this.accept({ kind: 'json', value: parsed.value });
    else this.unreadable(parsed.problem, url);
  }

  /** Refuses a text that could not be read, in the reader's words; the details stay as the data layer wrote them. */
  private unreadable(problem: ReadingProblem, url: string | undefined): void {
    this.refuse(this.options.unreadableMessage(problem, url), [{ path: url === undefined ? 'data' : 'src', message: problem.message }]);
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

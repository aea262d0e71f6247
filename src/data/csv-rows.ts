import type { Separator } from './types.js';

const CR = 13;
const QUOTE = 34;

/** A row's cells by group (see rowPattern): a match of the row pattern, or what RowReader.next read. */
export type Cells = ArrayLike<string | undefined>;

/** Reads RFC 4180 rows: whole with a pattern where it can, else jumping between delimiters with indexOf. */
export class RowReader {
  /** Line number of the row last read. */
  line = 0;
  /** Cells in the row last read. */
  cells = 0;
  /** Column whose opening quote never closes in the row last read, or -1. */
  unclosedQuote = -1;
  private pos: number;
  private nextLine = 1;
  private readonly separatorCode: number;

  constructor(
    private readonly text: string,
    private readonly separator: Separator = ',',
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.separatorCode = separator.charCodeAt(0);
  }

  /**
   * Reads the next non-blank row; null at the end of the text. A row that `pattern` (sticky) matches whole
   * gives the match. Any other is read cell by cell into `out`, which it gives: cell `i` in `out[slots[i]]`
   * (`out[i]` without slots), cells whose slot is negative or beyond `slots` skipped.
   */
  next(out: (string | undefined)[], slots?: Int16Array, pattern?: RegExp): Cells | null {
    if (pattern !== undefined) {
      pattern.lastIndex = this.pos;
      const match = pattern.exec(this.text);
      if (match !== null) {
        this.pos = pattern.lastIndex;
        this.line = this.nextLine++;
        return match;
      }
    }
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    let eol: number;
    let stop: number; // eol, or the CR before it
    for (;;) {
      if (pos >= length) return null;
      eol = text.indexOf('\n', pos);
      if (eol === -1) eol = length;
      stop = eol > pos && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
      if (stop > pos) break;
      pos = eol + 1;
      this.nextLine++;
    }
    this.line = this.nextLine;
    this.unclosedQuote = -1;
    this.readCells(out, slots, pos, eol, stop);
    this.nextLine++;
    return out;
  }

  /** Reads the cells of the row at `pos`, whose line ends at `eol` (its text at `stop`), as next() says. */
  private readCells(out: (string | undefined)[], slots: Int16Array | undefined, pos: number, eol: number, stop: number): void {
    const { text, separator, separatorCode } = this;
    let column = 0;
    for (;;) {
      const slot = slots === undefined ? column : column < slots.length ? slots[column] : -1;
      let end: number;
      const first = text.charCodeAt(pos);
      if (first === separatorCode) {
        // Most cells in the dataset are empty: no need to search for their end.
        end = pos;
        if (slot >= 0) out[slot] = '';
      } else if (first === QUOTE) {
        let close = text.indexOf('"', pos + 1);
        let doubled = false;
        while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
          doubled = true;
          close = text.indexOf('"', close + 2);
        }
        if (close === -1) {
          // Reading to the end of the text would swallow every later row; keep the damage to this line.
          this.unclosedQuote = column;
          if (slot >= 0) out[slot] = text.slice(pos, stop);
          column++;
          break;
        }
        if (close > eol) {
          for (let at = eol; at !== -1 && at < close; at = text.indexOf('\n', at + 1)) this.nextLine++;
          eol = text.indexOf('\n', close);
          if (eol === -1) eol = text.length;
          stop = text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
        }
        end = close + 1;
        if (end < stop && text.charCodeAt(end) !== separatorCode) {
          // Text after the closing quote is kept, as spreadsheet programs do.
          end = text.indexOf(separator, end);
          if (end === -1 || end > stop) end = stop;
        }
        if (slot >= 0) {
          const inner = text.slice(pos + 1, close);
          out[slot] = (doubled ? inner.replaceAll('""', '"') : inner) + text.slice(close + 1, end);
        }
      } else {
        end = text.indexOf(separator, pos);
        if (end === -1 || end > stop) end = stop;
        if (slot >= 0) out[slot] = text.slice(pos, end);
      }
      column++;
      if (end >= stop) break;
      pos = end + 1;
    }
    this.cells = column;
    this.pos = eol + 1;
  }
}

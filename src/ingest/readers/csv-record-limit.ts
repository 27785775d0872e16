/** A CSV row left out because it is over the record limit. */
export interface DroppedRecord {
  /** The line the row starts on (1-based). */
  readonly line: number;
  /** Its size in UTF-8 bytes, or at least this many when it runs to the end of the input. */
  readonly bytes: number;
  /** True when the row runs to the end of the input inside a quoted field: a quote never closed. */
  readonly unclosedQuote: boolean;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Where the scan is: outside quotes, inside a quoted field, or just after a quote inside one. */
const Quote = { Out: 0, In: 1, InAfterQuote: 2 } as const;

/**
 * Passes CSV text on row by row, leaving out every row over `maxBytes` (UTF-8) so the parser never meets
 * one: csv-parse cannot skip such a row (after its `max_record_size` error it drops every later chunk).
 * Each dropped row is reported through `onDrop`, and `lineInFile` maps the parser's line numbers, which no
 * longer count the dropped lines, back to the file's. Memory stays bounded by `maxBytes`: a row is held
 * back until it ends, or until it is over the limit and dropped.
 *
 * Rows end where csv-parse ends them with `relax_quotes`: a quote opens a quoted field only at the start
 * of a field; inside one, `""` is a quote and a quote followed by anything else closes the field (what
 * follows stays in the field); outside quotes a line break (LF, CR LF or CR) ends the row.
 */
export class RecordLimiter {
  /** [first parser line it applies to, lines dropped before it], in order. */
  private readonly shifts: [number, number][] = [];
  private droppedLines = 0;

  constructor(
    private readonly delimiter: string,
    private readonly maxBytes: number,
    private readonly onDrop: (dropped: DroppedRecord) => void,
  ) {}

  private cursor = 0;

  /** The file's line number for a line number the parser gives (asked in increasing order, mostly). */
  lineInFile(parserLine: number): number {
    if (this.cursor > 0 && parserLine < (this.shifts[this.cursor - 1] as [number, number])[0])
      this.cursor = 0;
    while (
      this.cursor < this.shifts.length &&
      parserLine >= (this.shifts[this.cursor] as [number, number])[0]
    )
      this.cursor++;
    return parserLine + (this.cursor > 0 ? (this.shifts[this.cursor - 1] as [number, number])[1] : 0);
  }

  async *rows(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
    const delimiter = this.delimiter.charCodeAt(0);
    let quote: number = Quote.Out;
    let fieldStarted = false;
    let crPending = false;
    let previousCr = false;
    let line = 1;
    // The row in progress: the line it starts on, its size so far, its text (none once it is dropped).
    let rowLine = 1;
    let rowBytes = 0;
    let dropping = false;
    let held: string[] = [];

    const endRow = (): string => {
      if (dropping) this.drop(rowLine, line, rowBytes, false);
      const text = held.join('');
      held = [];
      rowLine = line;
      rowBytes = 0;
      dropping = false;
      fieldStarted = false;
      return text;
    };

    for await (const chunk of chunks) {
      const out: string[] = [];
      let from = 0; // the start of the chunk's text not yet in `held`
      const hold = (end: number) => {
        if (!dropping && end > from) held.push(chunk.slice(from, end));
        from = end;
      };
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (crPending) {
          crPending = false;
          if (c !== LF) {
            // A CR alone ended the row before this character.
            hold(i);
            out.push(endRow());
          }
        }
        rowBytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;

        let rowEnds = false;
        if (quote === Quote.InAfterQuote) quote = c === QUOTE ? Quote.In : Quote.Out;
        else if (quote === Quote.In) {
          if (c === QUOTE) quote = Quote.InAfterQuote;
        } else if (c === QUOTE && !fieldStarted) {
          quote = Quote.In;
          fieldStarted = true;
        }
        // Outside quotes now (a closing quote's next character included):
        if (quote === Quote.Out) {
          if (c === delimiter) fieldStarted = false;
          else if (c === LF) rowEnds = true;
          else if (c === CR) crPending = true;
          else fieldStarted = true;
        }
        // Lines counted as csv-parse counts them: a CR LF ending a row is one line, inside quotes two.
        if ((c === CR || c === LF) && !(c === LF && previousCr && quote === Quote.Out)) line++;
        previousCr = c === CR && quote === Quote.Out;

        if (!dropping && rowBytes > this.maxBytes) {
          dropping = true;
          held = [];
        }
        if (rowEnds) {
          hold(i + 1);
          out.push(endRow());
        }
      }
      hold(chunk.length);
      const text = out.join('');
      if (text !== '') yield text;
    }
    if (dropping) this.drop(rowLine, line, rowBytes, quote === Quote.In);
    const rest = held.join('');
    if (rest !== '') yield rest;
  }

  /** Records a dropped row from line `first` up to line `next`, where the row after it starts. */
  private drop(first: number, next: number, bytes: number, unclosedQuote: boolean): void {
    const parserLine = first - this.droppedLines;
    this.droppedLines += next - first;
    this.shifts.push([parserLine, this.droppedLines]);
    this.onDrop({ line: first, bytes, unclosedQuote });
  }
}

/**
 * An input that could not be read, or a record inside it that could not: one line for the user,
 * naming the source (and line or item) and the reason. Modelled on zod issues: a code to branch on,
 * a message to print.
 */
export interface InputProblem {
  readonly code: InputProblemCode;
  readonly source: string;
  readonly locator?: string;
  readonly message: string;
}

export type InputProblemCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'malformed'
  | 'no-text'
  | 'unsupported';

/** Where in the input, as editors and compilers print it: `file.jsonl:12`, `feed.xml:item 3`, `page.html`. */
export function formatLocation(source: string, locator?: string): string {
  return locator ? `${source}:${locator.replace(/^line /, '')}` : source;
}

export function formatProblem(p: InputProblem): string {
  return `${formatLocation(p.source, p.locator)}: ${p.message}`;
}

/** A failed read: the problem as a result value, for readers to yield. */
export function failed(
  code: InputProblemCode,
  source: string,
  message: string,
  locator?: string,
): { readonly ok: false; readonly problem: InputProblem } {
  return { ok: false, problem: { code, source, ...(locator ? { locator } : {}), message } };
}

/** The outcome of reading one record: an article draft or a problem, never a throw. */
export type ReadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: InputProblem };

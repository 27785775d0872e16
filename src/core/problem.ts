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

export function formatProblem(p: InputProblem): string {
  const where = p.locator ? `${p.source}:${p.locator.replace(/^line /, '')}` : p.source;
  return `${where}: ${p.message}`;
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

import type { ExtractedEntity } from '../extract/extraction.js';

/**
 * A name as the gold rules compare it: lower-cased, diacritics dropped ("Türkiye" = "Turkiye"), periods
 * and apostrophes deleted ("U.S." = "US", "Calero's" = "Caleros"), every other run of punctuation or
 * white space folded to one space ("Lebanese-based" = "Lebanese based"), and a leading "the" removed.
 */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’ʼ`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** Normalizes a list of names, dropping the ones that normalize to nothing. */
export function normalizeNames(names: readonly string[]): Set<string> {
  return new Set(names.map(normalizeName).filter((n) => n !== ''));
}

/**
 * Every name a predicted entity answers to, normalized: its name, aliases, id and, for `state:XXX`, the
 * code XXX. An id with no entity in the extraction (a contract violation, but the scorer must not throw)
 * answers to its id alone.
 */
export function entityNames(id: string, entity: ExtractedEntity | undefined): Set<string> {
  const code = stateCode(id);
  return normalizeNames([
    id,
    ...(code ? [code] : []),
    ...(entity ? [entity.name, ...(entity.aliases ?? [])] : []),
  ]);
}

/** `state:PRK` → `PRK`; any other id → null. */
export function stateCode(id: string): string | null {
  const m = /^state:([A-Za-z]{3})$/.exec(id);
  return m ? (m[1] as string).toUpperCase() : null;
}

/**
 * Whether two names overlap, for the `items` and `sources` slots: equal after normalization, or one holds
 * the other as whole words in sequence ("new missiles" holds "missiles"; "missile" and "missiles" do not
 * overlap: no stemming).
 */
export function namesOverlap(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === '' || y === '') return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

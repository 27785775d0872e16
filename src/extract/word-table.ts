/**
 * A table of words (heads, pronouns, …) looked up with tokens' lower-cased text. A Map, not an object
 * literal: a lookup with a fresh (not interned) string in an object goes through V8's string table and its
 * runtime (about 5x a Map lookup), and an object also answers for the names it inherits from
 * Object.prototype — "the constructor" once read as a company head and made a refiner throw.
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map<string, V>(Object.entries(entries));
}

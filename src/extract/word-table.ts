/**
 * A table of words (heads, pronouns, …) looked up with tokens' lower-cased text. As an object literal
 * (`TABLE[token.lower]`), a lookup with a fresh (not interned) string goes through V8's string table and
 * its runtime, about 5x a Map lookup in a micro-benchmark, and showed up in profiles; a Map hashes the word.
 *
 * The Map answers exactly as the object literal did, including for the names every object inherits from
 * Object.prototype ("constructor", "__proto__", …): those lookups always found something. That is a latent
 * bug (the token "constructor" reads as a company head, and "the constructor" makes the coreference refiner
 * throw), kept here only so that this change alters no output; fixing it is a separate change.
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  const table = new Map<string, V>(Object.entries(entries));
  for (const name of Object.getOwnPropertyNames(Object.prototype)) {
    if (!table.has(name)) table.set(name, entries[name] as V);
  }
  return table;
}

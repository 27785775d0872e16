import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type GazetteerEntry, GazetteerEntrySchema, GazetteerFileSchema } from './entry.js';
import { TokenTrie } from './token-trie.js';

/** How an alias names its entry: the name itself, another name, or a demonym ("Lebanese" for Lebanon). */
export type AliasKind = 'name' | 'alias' | 'demonym';

export interface AliasValue {
  readonly entry: GazetteerEntry;
  readonly alias: string;
  readonly kind: AliasKind;
  /** A common word or another thing's name: accepted only with supporting context. */
  readonly ambiguous: boolean;
}

export const GAZETTEER_DIR = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));

export class Gazetteer {
  readonly byId = new Map<string, GazetteerEntry>();
  readonly trie = new TokenTrie<AliasValue>();

  constructor(readonly entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      if (this.byId.has(entry.id)) throw new Error(`gazetteer: duplicate id ${entry.id}`);
      this.byId.set(entry.id, entry);
      const ambiguousList = Array.isArray(entry.ambiguous) ? new Set(entry.ambiguous) : null;
      const isAmbiguous = (alias: string) => entry.ambiguous === true || (ambiguousList?.has(alias) ?? false);
      const add = (alias: string, kind: AliasKind) =>
        this.trie.add(alias, { entry, alias, kind, ambiguous: isAmbiguous(alias) });
      add(entry.name, 'name');
      for (const alias of entry.aliases) add(alias, 'alias');
      for (const demonym of entry.demonyms ?? []) add(demonym, 'demonym');
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }
}

/** Reads and validates every data/gazetteer/*.json file; a bad file is a broken build, so it throws. */
export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const parsed = GazetteerFileSchema.safeParse(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
    if (!parsed.success) throw new Error(`gazetteer ${file}: ${parsed.error.message}`);
    parsed.data.entries.forEach((raw, index) => {
      const entry = GazetteerEntrySchema.safeParse(raw);
      if (!entry.success) {
        const where = (raw as { id?: string })?.id ?? `entry ${index}`;
        throw new Error(
          `gazetteer ${file} ${where}: ${entry.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      entries.push(entry.data);
    });
  }
  return new Gazetteer(entries);
}

let shared: Gazetteer | null = null;

/** The gazetteer in data/, loaded on first use and kept. */
export function defaultGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}

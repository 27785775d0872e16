import { existsSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { NotFoundError } from '../core/errors.js';
import {
  CLAIM_TYPES,
  type ClaimType,
  SANCTION_STAGES,
  type Stage,
  TRANSFER_STAGES,
} from '../extract/claims/claim.js';
import { ITEM_CATEGORIES } from '../extract/gazetteer/entry.js';
import type { KbEntity } from '../kb/model.js';
import type { AssertionFilter, KnowledgeReader } from '../kb/sqlite/kb-reader.js';
import { openStore, type Store } from '../kb/sqlite/sqlite-knowledge-base.js';
import { dbPath, parsePositiveInt } from './options.js';

/** Opens an existing store for questions: a missing file is "not found", not a new empty store. */
export function openForQuestions(db: string | undefined): Store {
  const path = dbPath(db);
  if (!existsSync(path))
    throw new NotFoundError(`no store at ${path}: run \`armstrace ingest PATH\` first (or pass --db)`);
  return openStore(path, { readonly: true });
}

/** The entity a name or id means: the best candidate, with the others named on stderr. */
export function resolveActor(reader: KnowledgeReader, name: string): KbEntity {
  const candidates = reader.findEntities(name, 6);
  const best = candidates[0];
  if (!best) throw new NotFoundError(`no actor matches "${name}" in this store`);
  const exact = candidates.filter(
    (c) =>
      c.id === name ||
      c.name.toLowerCase() === name.toLowerCase() ||
      c.aliases.some((a) => a.alias.toLowerCase() === name.toLowerCase()),
  );
  if (exact.length > 1 || (exact.length === 0 && candidates.length > 1))
    process.stderr.write(
      `note: "${name}" is ${best.name} (${best.id}); also: ${candidates
        .slice(1)
        .map((c) => `${c.name} (${c.id})`)
        .join(', ')}\n`,
    );
  return best;
}

function isoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

function list<T extends string>(allowed: readonly T[], what: string) {
  return (value: string, previous: T[] = []): T[] => {
    const items = value.split(',').map((s) => s.trim());
    for (const item of items)
      if (!(allowed as readonly string[]).includes(item))
        throw new InvalidArgumentError(`unknown ${what} "${item}": one of ${allowed.join(', ')}`);
    return [...previous, ...(items as T[])];
  };
}

/** The filters of `transfers`, `export` and `network`, as options. */
export function addFilterOptions(command: Command, withRoles = true): Command {
  if (withRoles)
    command
      .option('--supplier <actor>', 'supplied by this actor (name or id)')
      .option('--recipient <actor>', 'received by this actor')
      .option('--via <actor>', 'through this intermediary')
      .option('--involving <actor>', 'with this actor in any role');
  return command
    .addOption(
      new Option(
        '--stage <stages>',
        `stages, comma-separated (${[...TRANSFER_STAGES, ...SANCTION_STAGES].join(', ')})`,
      ).argParser(list<Stage>([...TRANSFER_STAGES, ...SANCTION_STAGES], 'stage')),
    )
    .addOption(new Option('--item-category <category>', 'weapon category').choices(ITEM_CATEGORIES))
    .option('--since <date>', 'events (or, undated, reports) on or after this date', isoDate)
    .option('--until <date>', 'events (or, undated, reports) on or before this date', isoDate)
    .option('--min-sources <n>', 'at least this many independent sources', parsePositiveInt)
    .option('--include-rejected', 'also assertions analysts rejected');
}

export interface FilterFlags {
  supplier?: string;
  recipient?: string;
  via?: string;
  involving?: string;
  stage?: Stage[];
  itemCategory?: string;
  since?: string;
  until?: string;
  minSources?: number;
  includeRejected?: boolean;
  type?: ClaimType[];
}

export const typeOption = () =>
  new Option('--type <types>', `claim types, comma-separated (${CLAIM_TYPES.join(', ')})`).argParser(
    list<ClaimType>(CLAIM_TYPES, 'claim type'),
  );

/** The flags as a reader filter, actor names resolved to ids. */
export function filterOf(
  reader: KnowledgeReader,
  flags: FilterFlags,
  types?: readonly ClaimType[],
): AssertionFilter {
  const id = (name: string | undefined) => (name ? resolveActor(reader, name).id : undefined);
  const filter: Record<string, unknown> = {
    types: flags.type ?? types,
    supplier: id(flags.supplier),
    recipient: id(flags.recipient),
    via: id(flags.via),
    involving: id(flags.involving),
    stages: flags.stage,
    itemCategory: flags.itemCategory,
    since: flags.since,
    until: flags.until,
    minSources: flags.minSources,
    includeRejected: flags.includeRejected,
  };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  return filter as AssertionFilter;
}

export const dbOption = () =>
  new Option('--db <file>', 'SQLite store (default: $ARMSTRACE_DB or ./armstrace.db)');

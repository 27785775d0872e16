import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { CLAIM_TYPES, MODALITIES, SANCTION_STAGES, TRANSFER_STAGES } from '../extract/claims/claim.js';

/** The contract roles that hold one entity; `where` compares place names. */
export const SINGLE_ROLES = [
  'supplier',
  'recipient',
  'interdicted_by',
  'seizer',
  'actor',
  'target',
  'where',
] as const;
/** The contract roles that hold a list of entities: gold lists one name set per entity it expects. */
export const LIST_ROLES = ['parties', 'end_users', 'intermediaries'] as const;
export type SingleRole = (typeof SINGLE_ROLES)[number];
export type ListRole = (typeof LIST_ROLES)[number];

const names = z.array(z.string().min(1)).min(1);

const nameSets = z.array(names).min(1);
// Strict: a misspelt role would otherwise be ignored and make the claim easier to match than meant.
const GoldMatchSchema = z
  .strictObject({
    supplier: names.optional(),
    recipient: names.optional(),
    interdicted_by: names.optional(),
    seizer: names.optional(),
    actor: names.optional(),
    target: names.optional(),
    where: names.optional(),
    parties: nameSets.optional(),
    end_users: nameSets.optional(),
    intermediaries: nameSets.optional(),
  } satisfies Record<SingleRole, unknown> & Record<ListRole, unknown>)
  .refine((m) => Object.values(m).some((v) => v !== undefined), 'names no role');

// Loose: fields outside `match` that are not slots (supplier, end_users, value_usd, notes, …) are hints.
const GoldClaimSchema = z.looseObject({
  label: z.string().min(1),
  type: z.enum(CLAIM_TYPES),
  required: z.boolean(),
  match: GoldMatchSchema,
  stage: z.enum([...TRANSFER_STAGES, ...SANCTION_STAGES]).nullish(),
  modality: z.array(z.enum(MODALITIES)).min(1).nullish(),
  items: names.nullish(),
  sources: names.nullish(),
  when_year: z.number().int().nullish(),
  where_country: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')
    .nullish(),
});

export const GoldFileSchema = z.looseObject({
  article: z.looseObject({
    file: z.string().min(1),
    id: z.string().min(1),
    title: z.string().nullish(),
    published: z.string().nullish(),
  }),
  claims: z.array(GoldClaimSchema),
});

export type GoldMatch = z.infer<typeof GoldMatchSchema>;
export type GoldClaim = z.infer<typeof GoldClaimSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

export interface LoadedGold {
  /** The gold file's name, e.g. `rams-511908aee5b2.gold.json`. */
  readonly name: string;
  readonly path: string;
  readonly gold: GoldFile;
}

export interface GoldError {
  readonly file: string;
  /** One line: where in the file and why. */
  readonly message: string;
}

export const GOLD_SUFFIX = '.gold.json';

/**
 * Reads every `*.gold.json` in a directory, sorted by name. A bad file is one error naming it and the first
 * problem; the others are still loaded. A directory that cannot be read, or holds no gold, is a usage error.
 */
export function loadGoldDir(dir: string): { golds: LoadedGold[]; errors: GoldError[] } {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(GOLD_SUFFIX))
      .sort();
  } catch (error) {
    throw new AppError('eval-gold-dir', `cannot read the gold directory ${dir}: ${oneLine(error)}`);
  }
  if (files.length === 0) throw new AppError('eval-gold-dir', `no *${GOLD_SUFFIX} files in ${dir}`);
  const golds: LoadedGold[] = [];
  const errors: GoldError[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const parsed = parseGold(() => readFileSync(path, 'utf8'));
    if (parsed.ok) golds.push({ name: basename(file), path, gold: parsed.gold });
    else errors.push({ file: path, message: parsed.message });
  }
  return { golds, errors };
}

/** Parses one gold file's text; the failure is one line. */
export function parseGold(read: () => string): { ok: true; gold: GoldFile } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(read());
  } catch (error) {
    return { ok: false, message: oneLine(error) };
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const [first, ...rest] = parsed.error.issues;
  const where = first ? formatPath(first.path) : '';
  const message = `${where ? `${where}: ` : ''}${first?.message ?? 'invalid'}${rest.length ? ` (and ${rest.length} more problems)` : ''}`;
  return { ok: false, message };
}

/** `['claims', 2, 'match', 'supplier']` → `claims[2].match.supplier`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]?.trim() || 'unknown error';
}

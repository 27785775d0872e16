import { z } from 'zod';
import { type Claim, MODALITIES, SANCTION_STAGES, TRANSFER_STAGES } from '../../extract/claims/claim.js';
import { ITEM_CATEGORIES } from '../../extract/gazetteer/entry.js';
import { ROLE_FIELDS } from '../claim-key.js';

const entityId = z.string().regex(/^[a-z]+:\S+$/, 'an entity id such as state:PRK or group:hamas');
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

/** "2009" → 2009-01-01, "2009-12" → 2009-12-01: a partial date as the first day it can mean. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** "2009" → 2009-12-31, "2024-02" → 2024-02-29: a partial date as the last day it can mean. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length !== 7) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

function isCalendarDate(date: string): boolean {
  const day = firstDay(date);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/**
 * What an analyst may change in a claim. A role set to null removes it. The correction is stored whole in
 * the review log, so it stands even when a later extractor reads the sentence differently.
 */
export const CORRECTION_SCHEMA = z
  .object({
    stage: z.enum([...TRANSFER_STAGES, ...SANCTION_STAGES]).nullable(),
    modality: z.enum(MODALITIES),
    supplier: entityId.nullable(),
    recipient: entityId.nullable(),
    intermediaries: z.array(entityId),
    end_users: z.array(entityId),
    interdicted_by: entityId.nullable(),
    seizer: entityId.nullable(),
    actor: entityId.nullable(),
    target: entityId.nullable(),
    parties: z.array(entityId).min(2),
    items: z.array(
      z.object({
        text: z.string().min(1),
        category: z.enum(ITEM_CATEGORIES),
        designation: z.string().nullable().optional(),
      }),
    ),
    // Stored as whole days, as the extractor's intervals are: "2009" is 2009-01-01..2009-12-31.
    when: z
      .object({ start: isoDate, end: isoDate })
      .transform((w) => ({ start: firstDay(w.start), end: lastDay(w.end) }))
      .refine((w) => w.start <= w.end, 'when.start must not be after when.end')
      .nullable(),
    where: entityId.nullable(),
  })
  .partial()
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a correction changes at least one field');

export type Correction = z.infer<typeof CORRECTION_SCHEMA>;

/** The claim as the analyst corrected it; the original when there is no correction. */
export function applyCorrection(claim: Claim, correction: Correction | null): Claim {
  if (!correction) return claim;
  const out: Record<string, unknown> = { ...claim };
  for (const [field, value] of Object.entries(correction)) {
    if (value === null && (ROLE_FIELDS as readonly string[]).includes(field)) delete out[field];
    else if (field === 'when')
      out.when = value === null ? null : { text: '', ...(value as { start: string; end: string }) };
    else out[field] = value;
  }
  return out as unknown as Claim;
}

/** The claim with every entity id replaced by what analysts merged it into. */
export function resolveClaim(claim: Claim, resolve: (id: string) => string): Claim {
  const out: Record<string, unknown> = { ...claim };
  for (const role of ROLE_FIELDS) {
    const value = claim[role];
    if (typeof value === 'string') out[role] = resolve(value);
    else if (Array.isArray(value)) out[role] = [...new Set(value.map(resolve))];
  }
  if (claim.where) out.where = resolve(claim.where);
  out.sources = claim.sources.map((s) => (s.entity ? { ...s, entity: resolve(s.entity) } : s));
  return out as unknown as Claim;
}

import { z } from 'zod';
import { CLAIM_TYPES, MODALITIES, SANCTION_STAGES, TRANSFER_STAGES } from '../extract/claims/claim.js';
import { ITEM_CATEGORIES } from '../extract/gazetteer/entry.js';

/** "a,b" or a repeated parameter → a list of allowed values. */
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const actor = z.string().min(1).max(200).describe('an actor: name, alias or id (state:PRK)');

export const PAGE = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('at most this many (1–500)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('skip this many'),
};

export const FILTER_QUERY = z
  .object({
    type: listOf(CLAIM_TYPES)
      .optional()
      .describe(`claim types, comma-separated: ${CLAIM_TYPES.join(', ')}`),
    supplier: actor.optional(),
    recipient: actor.optional(),
    via: actor.optional().describe('an intermediary'),
    involving: actor.optional().describe('an actor in any role'),
    stage: listOf([...TRANSFER_STAGES, ...SANCTION_STAGES])
      .optional()
      .describe('stages, comma-separated'),
    modality: listOf(MODALITIES)
      .optional()
      .describe('modalities, comma-separated: assertions with a claim of any of them'),
    itemCategory: z.enum(ITEM_CATEGORIES).optional(),
    outlet: z.string().min(1).max(200).optional().describe('an outlet that carried it (its name as stored)'),
    since: isoDate.optional(),
    until: isoDate.optional(),
    minSources: z.coerce.number().int().min(1).max(1000).optional(),
    includeRejected: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();

export const SEARCH_QUERY = z
  .object({ q: z.string().min(1).max(500).describe('the search query (armstrace search language)'), ...PAGE })
  .strict();

export const ID_PARAMS = z.object({ id: z.string().min(1).max(300) });

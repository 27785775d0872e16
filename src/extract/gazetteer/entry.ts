import { z } from 'zod';

import { ENTITY_TYPES, ITEM_CATEGORIES } from './vocabulary.js';

export {
  ENTITY_TYPES,
  type EntityType,
  ID_PREFIX,
  ITEM_CATEGORIES,
  type ItemCategory,
} from './vocabulary.js';

/** One gazetteer entry as stored in data/gazetteer/*.json (see data/gazetteer/README.md). */
export const GazetteerEntrySchema = z.object({
  id: z.string().regex(/^[a-z]+:[A-Za-z0-9][\w.-]*$/, 'ids look like prefix:slug'),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).default([]),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .default(null),
  source: z.string().optional(),
  note: z.string().optional(),
  // true: every alias needs context; a list: those aliases (or the name) do.
  ambiguous: z.union([z.boolean(), z.array(z.string())]).optional(),
  demonyms: z.array(z.string()).optional(),
  metonymOf: z.string().optional(),
  latlng: z.tuple([z.number(), z.number()]).optional(),
  category: z.enum(ITEM_CATEGORIES).optional(),
  designation: z.boolean().optional(),
  description: z.string().optional(),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

export const GazetteerFileSchema = z.object({
  version: z.number().int(),
  description: z.string().optional(),
  sources: z.array(z.string()).optional(),
  entries: z.array(z.unknown()),
});

/**
 * A town from the world list (data/gazetteer/cities.json, compiled from GeoNames; its entries' `source` is
 * "GeoNames <id>"): known by its name alone, so the mention layer checks that a person is not meant.
 */
export const isWorldCity = (entry: GazetteerEntry): boolean =>
  entry.type === 'location' && entry.source?.startsWith('GeoNames ') === true;

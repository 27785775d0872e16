import { z } from 'zod';

export const ENTITY_TYPES = [
  'state',
  'armed_group',
  'military_unit',
  'government_body',
  'organization',
  'company',
  'person',
  'outlet',
  'location',
  'weapon',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The id prefix of each entity type: `state:PRK`, `group:hamas`, `place:beirut`, … */
export const ID_PREFIX: Readonly<Record<EntityType, string>> = {
  state: 'state',
  armed_group: 'group',
  military_unit: 'unit',
  government_body: 'gov',
  organization: 'org',
  company: 'company',
  person: 'person',
  outlet: 'outlet',
  location: 'place',
  weapon: 'weapon',
};

export const ITEM_CATEGORIES = [
  'aircraft',
  'uav',
  'air_defence',
  'armoured_vehicles',
  'artillery',
  'rockets',
  'missiles',
  'naval',
  'sensors',
  'small_arms',
  'light_weapons',
  'ammunition',
  'explosives',
  'communications',
  'weapons_unspecified',
  'other',
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

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

/*
 * The entity types and item categories: plain lists with no imports, so that the web app bundles them
 * as they are rather than a copy of them (gazetteer/entry.ts re-exports them with the entry schema).
 */

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

import type { ExtractedEntity } from '../../extract/extraction.js';
import type { ItemCategory } from '../../extract/gazetteer/vocabulary.js';

/**
 * The re3d types the mention layer attempts, in report order. Vehicle is kept although nothing of ours is
 * primarily a Vehicle: a platform is accepted as one (see PLATFORM_CATEGORIES), and leaving the type out
 * would hide civilian vehicles we never find.
 */
export const SCORED_TYPES = [
  'Organisation',
  'Location',
  'Person',
  'Nationality',
  'Weapon',
  'MilitaryPlatform',
  'Vehicle',
  'Temporal',
  'Quantity',
  'Money',
] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

/** Every entity type re3d annotates: the scored ones, then those nothing of ours is. */
export const RE3D_TYPES = [
  ...SCORED_TYPES,
  'DocumentReference',
  'CommsIdentifier',
  'Frequency',
  'Coordinate',
] as const;
export type Re3dType = (typeof RE3D_TYPES)[number];

/** Not attempted: nothing of ours is a document, a call sign or phone number, a frequency or a coordinate. */
export const UNSCORED_TYPES = RE3D_TYPES.filter((t): t is Exclude<Re3dType, ScoredType> => !isScored(t));

export function isScored(type: string): type is ScoredType {
  return (SCORED_TYPES as readonly string[]).includes(type);
}

/**
 * What a mention of ours counts as: `type` for the per-type counts when it matches nothing, `accepts` the
 * gold types it may match (the first is `type`). A mention that matches gold of a secondary type counts as
 * a prediction of that type.
 */
export interface MappedType {
  readonly type: ScoredType;
  readonly accepts: readonly ScoredType[];
}

// Weapons that carry crews or weapons are re3d's MilitaryPlatform (helicopters, drones, warplanes). The
// gold also files plain vehicles as platforms, and its Vehicle type is the civilian kind, so a platform is
// accepted as either.
const PLATFORM_CATEGORIES: ReadonlySet<ItemCategory> = new Set([
  'aircraft',
  'uav',
  'naval',
  'armoured_vehicles',
]);

const ORGANISATION: MappedType = { type: 'Organisation', accepts: ['Organisation'] };
const PLACE: MappedType = { type: 'Location', accepts: ['Location'] };
/*
 * A country is a place to us whatever it does; re3d marks it Location as a place ("in Chile") and
 * Organisation as an actor ("Chile protested", "Peru signed"). The mention layer does not tell the two
 * apart, so either is a match; unmatched, it counts as a Location.
 */
const STATE: MappedType = { type: 'Location', accepts: ['Location', 'Organisation'] };
const NATIONALITY: MappedType = { type: 'Nationality', accepts: ['Nationality'] };
const PERSON: MappedType = { type: 'Person', accepts: ['Person'] };
const WEAPON: MappedType = { type: 'Weapon', accepts: ['Weapon'] };
const PLATFORM: MappedType = { type: 'MilitaryPlatform', accepts: ['MilitaryPlatform', 'Vehicle'] };

/** The re3d type of one entity mention of ours. */
export function mapEntityMention(
  entity: Pick<ExtractedEntity, 'type' | 'category'>,
  via: ExtractedEntity['mentions'][number]['via'],
): MappedType {
  switch (entity.type) {
    case 'state':
      // "Chilean", "Peruvians": re3d marks demonyms as Nationality (and a people as Organisation, which we
      // do not separate from the adjective).
      return via === 'demonym' ? NATIONALITY : STATE;
    case 'location':
      return PLACE;
    case 'person':
      return PERSON;
    case 'weapon':
      return entity.category && PLATFORM_CATEGORIES.has(entity.category) ? PLATFORM : WEAPON;
    case 'armed_group':
    case 'military_unit':
    case 'government_body':
    case 'organization':
    case 'company':
    case 'outlet':
      return ORGANISATION;
  }
}

export const TEMPORAL: MappedType = { type: 'Temporal', accepts: ['Temporal'] };
export const QUANTITY: MappedType = { type: 'Quantity', accepts: ['Quantity'] };
export const MONEY: MappedType = { type: 'Money', accepts: ['Money'] };

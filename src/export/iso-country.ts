import { readFileSync } from 'node:fs';

/**
 * ISO 3166-1 alpha-3 → alpha-2 (and a common English name), from data/iso-country-codes.json, which
 * scripts/build-iso-country-codes.ts builds from the world-countries devDependency. The knowledge base
 * keeps alpha-3; STIX and FollowTheMoney want alpha-2. Read once on first use: a static table shipped
 * with the package, like the gazetteer (the build's rootDir is src/, so it cannot be an `import`).
 */

interface CountryCode {
  readonly alpha2: string;
  readonly name: string;
}

const FILE = new URL('../../data/iso-country-codes.json', import.meta.url);
let table: ReadonlyMap<string, CountryCode> | null = null;

function codes(): ReadonlyMap<string, CountryCode> {
  table ??= new Map(
    Object.entries(
      (JSON.parse(readFileSync(FILE, 'utf8')) as { countries: Record<string, CountryCode> }).countries,
    ),
  );
  return table;
}

/** The alpha-2 code of an alpha-3 code (`PRK` → `KP`), or null for a code the table does not know. */
export function alpha2Of(alpha3: string): string | null {
  return codes().get(alpha3)?.alpha2 ?? null;
}

/** The common English name of a country (`PRK` → `North Korea`), or null. */
export function countryNameOf(alpha3: string): string | null {
  return codes().get(alpha3)?.name ?? null;
}

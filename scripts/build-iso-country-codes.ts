/*
 * Builds data/iso-country-codes.json from the world-countries package (a devDependency, so exports cannot
 * import it at runtime): each ISO 3166-1 alpha-3 code with its alpha-2 code, numeric code and common English
 * name. STIX `location.country` and FollowTheMoney `country` properties take alpha-2; the web app's map
 * finds countries in world-atlas (whose features carry the numeric code); the knowledge base keeps alpha-3.
 * Run: npx tsx scripts/build-iso-country-codes.ts
 */
import { writeFileSync } from 'node:fs';
import countries from 'world-countries';

interface Country {
  name: { common: string };
  cca2: string;
  cca3: string;
  ccn3: string;
}

// Kosovo has no ISO 3166-1 code; world-countries uses UNK, the gazetteer (and news data sets) the
// user-assigned XKX. Its alpha-2 XK is the user-assigned code FtM and most tools use too.
const ALPHA3_FIX: Record<string, string> = { UNK: 'XKX' };

const entries = (countries as unknown as Country[])
  .map(
    (c) =>
      [
        ALPHA3_FIX[c.cca3] ?? c.cca3,
        { alpha2: c.cca2, ...(c.ccn3 ? { numeric: c.ccn3 } : {}), name: c.name.common },
      ] as const,
  )
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const file = {
  version: 1,
  description:
    'ISO 3166-1 alpha-3 → alpha-2, numeric (ISO 3166-1 numeric, as world-atlas ids) and common English name, for exports (STIX location.country, FtM country) and the web map. Built by scripts/build-iso-country-codes.ts.',
  sources: ['world-countries 5.1 (npm), ODbL-1.0, https://github.com/mledoze/countries'],
  countries: Object.fromEntries(entries),
};

writeFileSync(
  new URL('../data/iso-country-codes.json', import.meta.url),
  `${JSON.stringify(file, null, 2)}\n`,
);
console.log(`data/iso-country-codes.json: ${entries.length} countries`);

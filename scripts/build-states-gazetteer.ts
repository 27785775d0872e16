/*
 * Builds data/gazetteer/states.json and data/gazetteer/capitals.json from the world-countries package
 * (names, official names, alternative spellings, demonyms, capitals, coordinates), plus the hand-kept
 * additions below: names news uses that the package lacks, historical states, and which country an
 * ambiguous demonym means. Run: npx tsx scripts/build-states-gazetteer.ts
 */
import { writeFileSync } from 'node:fs';
import countries from 'world-countries';

interface Country {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
  latlng: [number, number];
  independent: boolean | null;
}

const ALL = countries as unknown as Country[];

// Kosovo has no ISO 3166-1 code; world-countries uses UNK, news data sets (and we) use the user-assigned XKX.
const CODE_FIX: Record<string, string> = { UNK: 'XKX' };
// Names wire copy gives one state where world-countries gives another: Reuters and AP write "Congo" for the
// Democratic Republic of the Congo and "Republic of Congo" for Congo-Brazzaville.
const ALIAS_OWNER: Record<string, string> = { Congo: 'COD', 'Republic of Congo': 'COG' };

const EXTRA_ALIASES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'United States', 'America'],
  GBR: ['Britain', 'U.K.', 'England'],
  IRN: ['Persia', 'Islamic Republic'],
  PRK: ['D.P.R.K.', 'Democratic People’s Republic of Korea'],
  KOR: ['ROK'],
  PSE: ['Palestinian territories', 'occupied Palestinian territories', 'Palestinian Authority'],
  MMR: ['Burma'],
  NLD: ['Holland'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  CZE: ['Czech Republic'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  SAU: ['KSA', 'Saudi'],
  RUS: ['Russian Federation'],
  SYR: ['Syrian Arab Republic'],
  COD: ['Congo-Kinshasa', 'Zaire'],
  SWZ: ['Swaziland'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Holy See'],
  LBY: ['Libyan Arab Jamahiriya'],
};

// Demonyms several countries share, and which one news means by them.
const DEMONYM_OWNER: Record<string, string> = {
  American: 'USA',
  French: 'FRA',
  Dutch: 'NLD',
  Congolese: 'COD',
  Dominican: 'DOM',
  Indian: 'IND',
  Guinean: 'GIN',
  British: 'GBR',
  Chinese: 'CHN',
  Danish: 'DNK',
  Norwegian: 'NOR',
  Korean: '',
  'South African': 'ZAF',
  Samoan: 'WSM',
  Virgin: '',
  Irish: 'IRL',
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['U.S.', 'US'],
  GBR: ['UK', 'English', 'Scottish', 'Welsh'],
  ARE: ['Emirati'],
  SAU: ['Saudi'],
  PSE: ['Palestinian'],
  PRK: ['North Korean'],
  KOR: ['South Korean'],
  NLD: ['Dutch'],
  IRN: ['Persian'],
  BIH: ['Bosnian'],
  COD: ['Congolese'],
  XKX: ['Kosovar', 'Kosovan'],
  TWN: ['Taiwanese'],
};

// Spellings of capitals news still uses.
const CAPITAL_ALIASES: Record<string, string[]> = {
  Kyiv: ['Kiev'],
  "Sana'a": ['Sanaa', 'Sana’a'],
  Tehran: ['Teheran'],
  'New Delhi': ['Delhi'],
  Naypyidaw: ['Naypyitaw', 'Nay Pyi Taw'],
  Beijing: ['Peking'],
  Chișinău: ['Chisinau'],
  Ashgabat: ['Ashkhabad'],
  Bishkek: ['Frunze'],
};

const HISTORICAL = [
  { id: 'state:SUN', name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'Soviet'], demonyms: ['Soviet'] },
  { id: 'state:YUG', name: 'Yugoslavia', aliases: [], demonyms: ['Yugoslav'] },
  { id: 'state:CSK', name: 'Czechoslovakia', aliases: [], demonyms: ['Czechoslovak'] },
  {
    id: 'state:DDR',
    name: 'East Germany',
    aliases: ['German Democratic Republic', 'GDR'],
    demonyms: ['East German'],
  },
  { id: 'state:SCG', name: 'Serbia and Montenegro', aliases: [], demonyms: [] },
];

const latin = (s: string) => /^[\p{Script=Latin}\p{N}\s.,'’()&-]+$/u.test(s);
const usable = (s: string, cca2: string) => latin(s) && s !== cca2 && s.length > 2;

const demonymCountries = new Map<string, Set<string>>();
for (const c of ALL) {
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d) continue;
    if (!demonymCountries.has(d)) demonymCountries.set(d, new Set());
    demonymCountries.get(d)?.add(CODE_FIX[c.cca3] ?? c.cca3);
  }
}

const states = ALL.map((c) => {
  const code = CODE_FIX[c.cca3] ?? c.cca3;
  const aliases = new Set<string>([
    c.name.official,
    ...c.altSpellings.filter((s) => usable(s, c.cca2)),
    ...(EXTRA_ALIASES[code] ?? []),
  ]);
  aliases.delete(c.name.common);
  for (const [alias, owner] of Object.entries(ALIAS_OWNER)) {
    if (owner === code) aliases.add(alias);
    else aliases.delete(alias);
  }
  const demonyms = new Set<string>(EXTRA_DEMONYMS[code] ?? []);
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d) continue;
    const owners = demonymCountries.get(d) ?? new Set();
    const owner = d in DEMONYM_OWNER ? DEMONYM_OWNER[d] : owners.size === 1 ? code : '';
    if (owner === code) demonyms.add(d);
  }
  for (const d of demonyms) aliases.delete(d);
  return {
    id: `state:${code}`,
    name: c.name.common,
    type: 'state',
    aliases: [...aliases].sort(),
    demonyms: [...demonyms].sort(),
    country: code,
    latlng: c.latlng,
    source: 'world-countries 5.1 (npm)',
    ...(c.independent === false ? { note: 'not an independent state (territory or dependency)' } : {}),
  };
});
for (const h of HISTORICAL) {
  states.push({
    ...h,
    type: 'state',
    country: null as unknown as string,
    latlng: [0, 0],
    source: 'editorial: historical state',
  } as never);
}

// Independent states first: where two entries share a capital (Oranjestad), the independent one keeps it.
const byIndependence = [...ALL].sort(
  (a, b) => Number(b.independent === true) - Number(a.independent === true),
);
const capitalIds = new Set<string>();
const capitals = byIndependence.flatMap((c) => {
  const code = CODE_FIX[c.cca3] ?? c.cca3;
  return c.capital.filter(latin).flatMap((capital) => {
    const name = capital.replace(/ D\.C\.$/, '');
    const id = `place:${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    if (capitalIds.has(id)) return [];
    capitalIds.add(id);
    const aliases = [
      ...(capital !== name ? [capital, `${name}, D.C.`] : []),
      ...(CAPITAL_ALIASES[capital] ?? []),
    ];
    return {
      id,
      name,
      type: 'location',
      aliases,
      country: code,
      metonymOf: `state:${code}`,
      source: 'world-countries 5.1 (npm): capital',
    };
  });
});

const header = (description: string) => ({
  version: 1,
  description,
  sources: ['world-countries 5.1 (npm), ODbL', 'editorial additions in scripts/build-states-gazetteer.ts'],
});
writeFileSync(
  'data/gazetteer/states.json',
  `${JSON.stringify({ ...header('States: names, official names, alternative spellings and demonyms; historical states used in arms-trade history.'), entries: states }, null, 2)}\n`,
);
writeFileSync(
  'data/gazetteer/capitals.json',
  `${JSON.stringify({ ...header('National capitals; `metonymOf` names the state a capital stands for in "Pyongyang said".'), entries: capitals }, null, 2)}\n`,
);
console.log(`${states.length} states, ${capitals.length} capitals`);

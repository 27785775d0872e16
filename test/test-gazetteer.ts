import { type GazetteerEntry, GazetteerEntrySchema } from '../src/extract/gazetteer/entry.js';
import { Gazetteer } from '../src/extract/gazetteer/gazetteer.js';

/** A small gazetteer written for tests, so extractor tests do not move when data/ grows. */
export function testGazetteer(): Gazetteer {
  const raw: unknown[] = [
    {
      id: 'state:PRK',
      name: 'North Korea',
      type: 'state',
      aliases: ['DPRK'],
      demonyms: ['North Korean'],
      country: 'PRK',
    },
    { id: 'state:LBN', name: 'Lebanon', type: 'state', demonyms: ['Lebanese'], country: 'LBN' },
    { id: 'state:PSE', name: 'Palestine', type: 'state', demonyms: ['Palestinian'], country: 'PSE' },
    { id: 'state:ISR', name: 'Israel', type: 'state', demonyms: ['Israeli'], country: 'ISR' },
    { id: 'state:IRN', name: 'Iran', type: 'state', demonyms: ['Iranian'], country: 'IRN' },
    {
      id: 'state:USA',
      name: 'United States',
      type: 'state',
      aliases: ['U.S.', 'US'],
      demonyms: ['American'],
      country: 'USA',
    },
    { id: 'place:pyongyang', name: 'Pyongyang', type: 'location', country: 'PRK', metonymOf: 'state:PRK' },
    { id: 'place:bangkok-airport', name: 'Bangkok airport', type: 'location', country: 'THA' },
    { id: 'place:bangkok', name: 'Bangkok', type: 'location', country: 'THA' },
    { id: 'group:hamas', name: 'Hamas', type: 'armed_group', aliases: ['HAMAS'], country: 'PSE' },
    {
      id: 'group:hezbollah',
      name: 'Hezbollah',
      type: 'armed_group',
      aliases: ['Hizbollah', 'Hizballah'],
      country: 'LBN',
    },
    {
      id: 'group:islamic-state',
      name: 'Islamic State',
      type: 'armed_group',
      aliases: ['ISIS', 'IS'],
      ambiguous: ['IS'],
      country: 'IRQ',
    },
    {
      id: 'unit:idf',
      name: 'Israel Defense Forces',
      type: 'military_unit',
      aliases: ['IDF', 'Israeli Defense Forces'],
      country: 'ISR',
    },
    {
      id: 'outlet:the-telegraph',
      name: 'The Telegraph',
      type: 'outlet',
      aliases: ['Telegraph'],
      country: 'GBR',
    },
    { id: 'outlet:time', name: 'Time', type: 'outlet', ambiguous: ['Time'], country: 'USA' },
    { id: 'company:rosoboronexport', name: 'Rosoboronexport', type: 'company', country: 'RUS' },
    {
      id: 'weapon:generic-rockets',
      name: 'rockets',
      type: 'weapon',
      aliases: ['rocket'],
      category: 'rockets',
      designation: false,
    },
    {
      id: 'weapon:generic-arms',
      name: 'arms',
      type: 'weapon',
      category: 'weapons_unspecified',
      designation: false,
      ambiguous: ['arms'],
    },
    {
      id: 'weapon:generic-sams',
      name: 'surface-to-air missiles',
      type: 'weapon',
      aliases: ['surface-to-air missile'],
      category: 'air_defence',
      designation: false,
    },
    {
      id: 'weapon:kornet',
      name: 'Kornet',
      type: 'weapon',
      category: 'missiles',
      designation: true,
      country: 'RUS',
    },
  ];
  return new Gazetteer(raw.map((e) => GazetteerEntrySchema.parse(e) as GazetteerEntry));
}

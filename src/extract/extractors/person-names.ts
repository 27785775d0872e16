import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * Parts of people's names from cspell's people-names dictionary (≈ 39,000 first and last names from many
 * cultures, MIT): a run of proper nouns made only of known name parts is a person ("Boris Johnson",
 * "Ibrahim al-Jaafari"), where no cue says so. Words that are names but mostly something else in news
 * ("North", "General", "States") do not count.
 */
const NOT_NAMES_IN_NEWS = new Set([
  'North',
  'South',
  'East',
  'West',
  'New',
  'General',
  'Council',
  'Force',
  'Forces',
  'States',
  'United',
  'Post',
  'Office',
  'Army',
  'Navy',
  'Air',
  'Guard',
  'Party',
  'Union',
  'Court',
  'Bank',
  'Group',
  'Port',
  'City',
  'Island',
  'Sea',
  'Gulf',
  'Strait',
  'Republic',
  'Kingdom',
  'Democratic',
  'People',
  'National',
  'Defence',
  'Defense',
  'Security',
  'Foreign',
  'Ministry',
  'Minister',
  'President',
  'Prime',
  'Secretary',
  'Royal',
  'Central',
  'Federal',
  'International',
  'Global',
  'World',
  'Red',
  'Black',
  'White',
  'Green',
  'Great',
  'Grand',
  'Saint',
  'St',
  'Mount',
  'Lake',
  'River',
  'Street',
  'Daily',
  'Times',
  'News',
  'Press',
  'March',
  'May',
  'June',
  'July',
  'August',
]);

let names: Set<string> | null = null;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  // The package exports only its cspell configuration; the word list sits beside it.
  const path = join(
    dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')),
    'dict/people-names.txt',
  );
  const words = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.trim());
  return new Set(words.filter((w) => !NOT_NAMES_IN_NEWS.has(w)));
}

/** True when `word`, as written, is a known part of a person's name. */
export function isNamePart(word: string): boolean {
  names ??= load();
  return names.has(word);
}

import { allMatches } from '../all-matches.js';
import type { AmountMention, ArticleDoc, Extractor, Span, Token } from '../types.js';

/*
 * Money and quantities as ranges. Exact figures give min = max; vague ones give the magnitude they name:
 * "hundreds of thousands of dollars" is 100,000..999,999 USD, "dozens of rockets" 24..99 items.
 * Newswire abbreviations are read too: "30.5 mln dlrs", "3.5 billion dlr", "$1.2bn", "€300m".
 */

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  mio: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const SCALE_WORDS = 'thousand|million|mln|mn|m|mio|billion|bln|bn|b|trillion|tn|trn|k';

const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  a$: 'AUD',
  c$: 'CAD',
};
const CURRENCY_WORD: [RegExp, string][] = [
  [/^(?:u\.?s\.?\s+)?(?:dollars?|dlrs?)$/, 'USD'],
  [/^euros?$/, 'EUR'],
  [/^(?:pounds?(?:\s+sterling)?|sterling)$/, 'GBP'],
  [/^yen$/, 'JPY'],
  [/^(?:yuan|renminbi)$/, 'CNY'],
  [/^(?:roubles?|rubles?)$/, 'RUB'],
  [/^(?:shekels?)$/, 'ILS'],
  [/^(?:riyals?)$/, 'SAR'],
  [/^(?:rupees?)$/, 'INR'],
  [/^(?:dirhams?)$/, 'AED'],
  [/^(?:won)$/, 'KRW'],
];
const CURRENCY_WORDS =
  '(?:u\\.?s\\.?\\s+)?(?:dollars?|dlrs?)|euros?|pounds?(?:\\s+sterling)?|sterling|yen|yuan|renminbi|roubles?|rubles?|shekels?|riyals?|rupees?|dirhams?|won';

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
// Plural magnitude words and the range they name.
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 99],
  tens: [10, 99],
  hundreds: [100, 999],
  thousands: [1e3, 9999],
  millions: [1e6, 9.99e6],
  billions: [1e9, 9.99e9],
};
const NUMBER = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
const VAGUE_WORD = '(?:dozens|scores|tens|hundreds|thousands|millions|billions)';
// "hundreds of thousands of " before a currency; "hundreds of thousands" before "of" + a thing counted.
const VAGUE_CHAIN = `(?:${VAGUE_WORD}\\s+of\\s+)+`;
const VAGUE_COUNT = `${VAGUE_WORD}(?:\\s+of\\s+${VAGUE_WORD})*`;

// "$1.2bn", "US$ 300 million", "€300m", "USD 5 million"
const SYMBOL_MONEY = new RegExp(
  `(US\\$|A\\$|C\\$|\\$|€|£|¥|\\b(?:USD|EUR|GBP|JPY)\\s?)\\s?(${NUMBER})(?:\\s?(${SCALE_WORDS})\\b)?`,
  'gi',
);
// "30.5 mln dlrs", "1.4 billion dlr", "410 million euros", "5,000 pounds"
const WORD_MONEY = new RegExp(`\\b(${NUMBER})(?:\\s?(${SCALE_WORDS}))?\\s+(${CURRENCY_WORDS})\\b`, 'gi');
// "hundreds of thousands of dollars", "millions of euros"
const VAGUE_MONEY = new RegExp(`\\b(${VAGUE_CHAIN})(${CURRENCY_WORDS})\\b`, 'gi');
// "35 tons", "2.5 tonnes of", "hundreds of tons"
const WEIGHT = new RegExp(
  `\\b(${NUMBER}|${Object.keys(WORD_NUMBERS).join('|')}|${VAGUE_COUNT})\\s*(?:of\\s+)?(?:metric\\s+)?(tons?|tonnes?|kilogram(?:me)?s?|kg|pounds?|lbs?)\\b`,
  'gi',
);
// "20 Blowpipes", "hundreds of new missiles", "3,299 installed engines", "two frigates"
// A number glued to a designation by a hyphen ("Su-57 jets", "F-16s") names a model, it counts nothing.
const COUNT = new RegExp(
  `(?<![A-Za-z]-)\\b(${NUMBER}|${Object.keys(WORD_NUMBERS)
    .filter((w) => w !== 'a' && w !== 'an')
    .join(
      '|',
    )}|${VAGUE_COUNT})[^\\S\\n]+(?:of[^\\S\\n]+)?((?:(?:new|more|additional|further|modern|advanced|used|old|refurbished|installed|spare|armed|heavy|light|[A-Z][\\w-]*(?:-made|-built)?)[^\\S\\n]+){0,3})([A-Za-z][\\w/-]*s)\\b`,
  'g',
);
// Counted things that are not items: time, people, distances, percentages.
const NOT_ITEMS =
  /^(years|months|weeks|days|hours|minutes|seconds|decades|times|people|persons|civilians|soldiers|troops|members|officials|militants|fighters|operatives|countries|nations|states|allies|partners|companies|firms|groups|organizations|organisations|agencies|governments|ministers|leaders|diplomats|reporters|journalists|children|women|men|families|refugees|percent|points|kilometres|kilometers|miles|metres|meters|feet|km|tons|tonnes|dollars|dlrs|euros|pounds|cents|pence|shares|votes|seats|others|ones|sides|parties|cases|occasions|words|pages|issues|news|series|means|headquarters|hundreds|thousands|millions|billions|dozens)$/i;

const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;

function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** "hundreds" → 100..999; each further "of thousands" scales it: "hundreds of thousands" → 100,000..999,999. */
function vagueRange(chain: string): [number, number] {
  const words = chain.toLowerCase().match(/dozens|scores|tens|hundreds|thousands|millions|billions/g) ?? [];
  const [first, ...rest] = words.map((w) => VAGUE[w] as [number, number]);
  if (!first) return [1, 1];
  return rest.reduce<[number, number]>(([lo, hi], [unit]) => [lo * unit, hi * unit + (unit - 1)], first);
}

function currencyOf(word: string): string | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return CURRENCY_WORD.find(([re]) => re.test(w))?.[1] ?? null;
}

/** What an amount says besides where it is: the fields of its mention after `start` and `end`. */
type Reading = Omit<AmountMention, 'kind' | 'text' | 'start' | 'end'>;

export const amountExtractor: Extractor = {
  id: 'amount',
  extract(_ctx, doc: ArticleDoc) {
    const mentions: AmountMention[] = [];
    const taken: Span[] = [];
    const add = (m: RegExpExecArray, reading: Reading) => {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && t.start < end)) return;
      taken.push({ start, end });
      mentions.push(amountMention(doc.text.slice(start, end), start, end, reading));
    };

    for (const m of allMatches(SYMBOL_MONEY, doc.text)) {
      const unit = CURRENCY_SYMBOL[(m[1] as string).trim().toLowerCase()] ?? 'USD';
      const value = parseNumber(m[2] as string) * (m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1);
      add(m, { measure: 'money', min: value, max: value, unit, extractor: 'amount:money' });
    }
    for (const m of allMatches(WORD_MONEY, doc.text)) {
      const value = parseNumber(m[1] as string) * (m[2] ? (SCALE[m[2].toLowerCase()] ?? 1) : 1);
      add(m, {
        measure: 'money',
        min: value,
        max: value,
        unit: currencyOf(m[3] as string),
        extractor: 'amount:money',
      });
    }
    for (const m of allMatches(VAGUE_MONEY, doc.text)) {
      const [min, max] = vagueRange(m[1] as string);
      add(m, {
        measure: 'money',
        min,
        max,
        unit: currencyOf(m[2] as string),
        extractor: 'amount:money-vague',
      });
    }
    for (const m of allMatches(WEIGHT, doc.text)) {
      const [min, max] = quantityRange(m[1] as string);
      const unitWord = (m[2] as string).toLowerCase();
      const unit = /^(tons?|tonnes?)$/.test(unitWord) ? 't' : /^(kg|kilogram)/.test(unitWord) ? 'kg' : 'lb';
      add(m, { measure: 'quantity', min, max, unit, extractor: 'amount:weight' });
    }
    for (const m of allMatches(COUNT, doc.text)) {
      const noun = m[3] as string;
      // "March 19 news conference": a day of the month, not a count.
      const dayOfMonth = MONTH_BEFORE.test(doc.text.slice(Math.max(0, m.index - 12), m.index));
      if (NOT_ITEMS.test(noun) || /^\d{4}$/.test(m[1] as string) || dayOfMonth) continue;
      // "the report of four describes…": what follows the number must be a noun, not a verb.
      const nounAt = m.index + m[0].length - noun.length;
      if (/^(?:VERB|AUX)$/.test(tokenStartingAt(doc.tokens, nounAt)?.pos ?? '')) continue;
      const [min, max] = quantityRange(m[1] as string);
      add(m, { measure: 'quantity', min, max, unit: 'items', of: noun, extractor: 'amount:count' });
    }
    return mentions.sort((a, b) => a.start - b.start);
  },
};

/** The token that starts at `offset` (tokens are in text order), if one does. */
function tokenStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.start === offset) return t;
    if (t.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * The mention, its fields in the order the output has always had them. Built field by field: object
 * spreads here (`{ kind, text, ...reading }`) showed up in profiles.
 */
function amountMention(text: string, start: number, end: number, reading: Reading): AmountMention {
  const { measure, min, max, unit, of, extractor } = reading;
  return of === undefined
    ? { kind: 'amount', text, start, end, measure, min, max, unit, extractor }
    : { kind: 'amount', text, start, end, measure, min, max, unit, of, extractor };
}

function quantityRange(s: string): [number, number] {
  const lower = s.toLowerCase();
  if (/\bof\b/.test(lower) || lower in VAGUE) return vagueRange(lower);
  if (lower in WORD_NUMBERS) return [WORD_NUMBERS[lower] as number, WORD_NUMBERS[lower] as number];
  const n = parseNumber(s);
  return [n, n];
}

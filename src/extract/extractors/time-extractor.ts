import * as chrono from 'chrono-node';
import { MONTH_NAMES } from '../../core/calendar.js';
import { allMatches } from '../all-matches.js';
import type { Extractor, Span, TimeMention } from '../types.js';

/*
 * Times as intervals: chrono-node for what it reads well (dates, relative days, "two weeks ago"), with the
 * article's publication date as reference, and our own rules for what news writes and chrono misses: bare
 * years ("in 2009"), decades ("the 1990s"), parts of years ("late 2012"), year ranges ("between 2009 and
 * 2011"), and "earlier/later this month|year". Every time is `start..end`, the first and last day it can mean.
 */

const YEAR = '((?:19|20)\\d{2})';
// "late October, 1985", "mid-July", "early March": a third of the month (year given, or the last such month).
const PART_OF_MONTH = new RegExp(
  `\\b(early|late|mid)[\\s-]+(${MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})(?:,?\\s+${YEAR})?\\b`,
  'g',
);
const PART_OF_YEAR = new RegExp(
  `\\b(early|late|mid|the middle of|the end of|the beginning of|the start of)[\\s-]+${YEAR}\\b`,
  'gi',
);
const DECADE = /\b(?:the\s+)?((?:19|20)\d0)['’]?s\b/g;
const YEAR_RANGE = new RegExp(
  `\\b(?:between\\s+${YEAR}\\s+and\\s+${YEAR}|(?:from\\s+)?${YEAR}\\s*(?:-|–|to|through|until)\\s*${YEAR})\\b`,
  'gi',
);
const SINCE_YEAR = new RegExp(`\\bsince\\s+${YEAR}\\b`, 'gi');
// A four-digit number followed by a plural noun counts things ("2000 rifles"), it is not a year.
const BARE_YEAR = new RegExp(
  `(?<![\\d$€£.,/-])${YEAR}(?![\\d%]|,\\d|\\s*(?:tons?|tonnes?|km|kg|mm|dollars?|dlrs?|euros?)\\b|\\s+(?!(?:was|has|is|as|this|its|his|us|yes|thus|whereas|perhaps)\\b)[a-z]+s\\b)`,
  'g',
);
// "a 1985 arms sale": after "a"/"an" a four-digit number is a year, whatever follows (no "a 2000 rifles").
const YEAR_AFTER_A = new RegExp(`(?<=\\b[Aa]n?\\s)${YEAR}(?![\\d%]|,\\d)`, 'g');
// chrono reads these as the reference instant; in news they are manner, not time ("is now trying").
const NOT_DATES = /^(?:right\s+)?(?:now|currently|tonight|this\s+(?:morning|evening|afternoon))$/i;
// Words without which chrono finds nothing: months, weekdays, relative words, digits.
// chrono is the costly step, so it runs only on sentences with one of these: a capitalized month or weekday,
// a relative day word, "last/next/this …" with a unit, or a numeric date. Bare years are read by our rules.
const DATE_CUE = new RegExp(
  [
    '\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b',
    '\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b',
    '\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago)\\b',
    '\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious|[Ee]arlier)\\s+(?:week|month|year|weekend|night|morning|evening|spring|summer|autumn|fall|winter|decade)s?\\b',
    '\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}',
  ].join('|'),
);
const NEAR_THIS = /\b(earlier|later)\s+this\s+(month|year|week)\b/gi;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** The ISO date of `d` in UTC: written from its fields, as toISOString() costs ~1 µs; that is kept for the
 * years it writes otherwise (outside 0–9999) and for invalid dates (it throws). */
const iso = (d: Date) => {
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const lastDayOfMonth = (y: number, m: number) => day(y, m + 1, 0);

function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const d = new Date(
    /T/.test(published)
      ? /Z|[+-]\d\d:?\d\d$/.test(published)
        ? published
        : `${published}Z`
      : `${published}T12:00:00Z`,
  );
  return Number.isNaN(d.getTime()) ? null : d;
}

export const timeExtractor: Extractor = {
  id: 'time',
  extract(ctx, doc) {
    const ref = referenceDate(doc.published);
    const mentions: TimeMention[] = [];
    const taken: Span[] = [];
    const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);
    const add = (start: number, end: number, from: Date, to: Date, extractor: string) => {
      if (!free({ start, end }) || to < from) return;
      taken.push({ start, end });
      mentions.push({
        kind: 'time',
        start,
        end,
        text: doc.text.slice(start, end),
        interval: { start: iso(from), end: iso(to) },
        extractor,
      });
    };

    // Our multi-word rules first: chrono would take "2009" out of "between 2009 and 2011" on its own.
    for (const m of allMatches(YEAR_RANGE, doc.text)) {
      const [a, b] = [m[1] ?? m[3], m[2] ?? m[4]].map(Number) as [number, number];
      add(m.index, m.index + m[0].length, day(a, 1, 1), day(b, 12, 31), 'time:year-range');
    }
    for (const m of allMatches(PART_OF_MONTH, doc.text)) {
      const month = MONTH_NAMES.indexOf((m[2] as string).toLowerCase() as (typeof MONTH_NAMES)[number]) + 1;
      // Without a year, news means the most recent such month up to the publication date.
      const y = m[3]
        ? Number(m[3])
        : ref
          ? ref.getUTCFullYear() - (month > ref.getUTCMonth() + 1 ? 1 : 0)
          : null;
      if (y === null) continue;
      const part = (m[1] as string).toLowerCase();
      const [from, to] =
        part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, lastDayOfMonth(y, month).getUTCDate()];
      add(m.index, m.index + m[0].length, day(y, month, from), day(y, month, to), 'time:part-of-month');
    }
    for (const m of allMatches(PART_OF_YEAR, doc.text)) {
      const y = Number(m[2]);
      const part = (m[1] as string).toLowerCase();
      const [from, to] = /early|beginning|start/.test(part)
        ? [1, 4]
        : /late|end/.test(part)
          ? [9, 12]
          : [5, 8];
      add(m.index, m.index + m[0].length, day(y, from, 1), lastDayOfMonth(y, to), 'time:part-of-year');
    }
    for (const m of allMatches(DECADE, doc.text)) {
      const y = Number(m[1]);
      add(m.index, m.index + m[0].length, day(y, 1, 1), day(y + 9, 12, 31), 'time:decade');
    }
    for (const m of allMatches(SINCE_YEAR, doc.text)) {
      const y = Number(m[1]);
      add(m.index, m.index + m[0].length, day(y, 1, 1), ref ?? day(y, 12, 31), 'time:since-year');
    }
    if (ref) {
      for (const m of allMatches(NEAR_THIS, doc.text)) {
        const unit = (m[2] as string).toLowerCase();
        const y = ref.getUTCFullYear();
        const mo = ref.getUTCMonth() + 1;
        const [periodStart, periodEnd] =
          unit === 'year'
            ? [day(y, 1, 1), day(y, 12, 31)]
            : unit === 'month'
              ? [day(y, mo, 1), lastDayOfMonth(y, mo)]
              : [
                  new Date(ref.getTime() - ref.getUTCDay() * 864e5),
                  new Date(ref.getTime() + (6 - ref.getUTCDay()) * 864e5),
                ];
        const earlier = (m[1] as string).toLowerCase() === 'earlier';
        add(
          m.index,
          m.index + m[0].length,
          earlier ? periodStart : ref,
          earlier ? ref : periodEnd,
          'time:this-period',
        );
      }
    }

    // chrono is the costly step: run it only on sentences with something date-like in them.
    const chronoResults = doc.sentences
      .filter((s) => DATE_CUE.test(doc.text.slice(s.start, s.end)))
      .flatMap((s) =>
        chrono.casual
          .parse(doc.text.slice(s.start, s.end), ref ? { instant: ref, timezone: 'UTC' } : undefined)
          .map((result) => ({ result, offset: s.start })),
      );
    for (const { result, offset } of chronoResults) {
      // chrono keeps trailing spaces and commas ("March 29 ", "November,") and a leading "on" ("on 10
      // December", "On Tuesday"): the mention is the date alone.
      const lead = /^(?:on|On|ON)\s+/.exec(result.text)?.[0].length ?? 0;
      const text = result.text.slice(lead).replace(/[\s,.;:-]+$/, '');
      const start = offset + result.index + lead;
      const end = start + text.length;
      if (/^for\b/i.test(text) || /^\d{1,2}\/\d{1,2}$/.test(text)) {
        // A duration ("for a year") is no date; "1/2" is a fraction or an ambiguous day/month.
        ctx.debug(() => `time: chrono "${text}" is a duration or ambiguous, skipped`);
        continue;
      }
      const c = result.start;
      const known = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k);
      // "now", "tonight", bare clock times: not dates an analyst can use.
      if (
        NOT_DATES.test(result.text) ||
        (!known('year') && !known('month') && !known('day') && !known('weekday'))
      ) {
        ctx.debug(() => `time: chrono "${result.text}" has no date part, skipped`);
        continue;
      }
      // Without a publication date only absolute dates mean anything: "two weeks ago" from when?
      if (!ref && !/\b(?:19|20)\d{2}\b/.test(result.text)) continue;
      let date = c.date();
      // News means the past weekday ("on Tuesday" in a Sunday paper is five days ago); chrono picks the next one.
      if (ref && known('weekday') && !known('day') && date > ref) date = new Date(date.getTime() - 7 * 864e5);
      const y = date.getUTCFullYear();
      const mo = date.getUTCMonth() + 1;
      let from: Date;
      let to: Date;
      if (known('day') || known('weekday')) from = to = day(y, mo, date.getUTCDate());
      else if (known('month')) [from, to] = [day(y, mo, 1), lastDayOfMonth(y, mo)];
      else [from, to] = [day(y, 1, 1), day(y, 12, 31)];
      if (result.end)
        to = day(
          result.end.date().getUTCFullYear(),
          result.end.date().getUTCMonth() + 1,
          result.end.date().getUTCDate(),
        );
      add(start, end, from, to, 'time:chrono');
    }

    // Bare years last: anything chrono or the rules above already read is taken.
    for (const m of [...allMatches(BARE_YEAR, doc.text), ...allMatches(YEAR_AFTER_A, doc.text)]) {
      const y = Number(m[1]);
      add(m.index, m.index + m[0].length, day(y, 1, 1), day(y, 12, 31), 'time:year');
    }
    return mentions.sort((a, b) => a.start - b.start);
  },
};

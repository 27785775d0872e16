/**
 * Publication dates as ISO 8601, keeping only the precision the source gives: "1987-03-29" stays a date,
 * an RFC 822 feed date becomes a UTC date-time, a dump's "Sunday, July 27, 2014 11:22 AM" becomes a local
 * date-time without zone ("2014-07-27T11:22"), because the dump does not say which zone it means.
 */

import { MONTH_NAMES } from '../core/calendar.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/;
// "Sunday, July 27, 2014 11:22 AM", "July 27, 2014", "27 July 2014 11:22"
const US_DATELINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?$/i;
const EU_DATELINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?$/i;

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(lower));
  return index < 0 ? null : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** False for dates that do not exist (February 30, month 13): Date would silently roll them over. */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks the calendar part of an ISO date or date-time ("2014", "2014-07", "2014-07-27…"). */
function isRealIsoDate(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || isRealDate(y as number, m, d);
}

/** False for times that do not exist ("25:99"): a zoneless date-time is returned as written, unchecked by Date. */
function isRealTime(time: string): boolean {
  const [h, m, sec] = time.split(':').map(Number);
  return (h as number) <= 23 && (m as number) <= 59 && (sec === undefined || sec < 60);
}

function fromParts(
  year: string,
  month: number,
  day: string,
  hour?: string,
  minute?: string,
  meridiem?: string,
): string | null {
  const d = Number(day);
  if (!isRealDate(Number(year), month, d)) return null;
  const date = `${year}-${pad(month)}-${pad(d)}`;
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  const pm = meridiem?.toLowerCase().startsWith('p');
  if (meridiem && h === 12) h = pm ? 12 : 0;
  else if (pm) h += 12;
  if (h > 23 || Number(minute) > 59) return null;
  return `${date}T${pad(h)}:${minute}`;
}

/** Parses a dateline as the dump format writes it; null when the line is not a dateline. */
export function parseDateline(line: string): string | null {
  const s = line.trim();
  const us = US_DATELINE.exec(s);
  if (us) {
    const month = monthNumber(us[1] as string);
    if (month) return fromParts(us[3] as string, month, us[2] as string, us[4], us[5], us[6]);
  }
  const eu = EU_DATELINE.exec(s);
  if (eu) {
    const month = monthNumber(eu[2] as string);
    if (month) return fromParts(eu[3] as string, month, eu[1] as string, eu[4], eu[5], eu[6]);
  }
  return null;
}

/** Any publication date a source gives, as ISO 8601 at its own precision; null when unparseable. */
export function normalizePublished(value: string | null | undefined): string | null {
  if (value == null) return null;
  const s = value.trim();
  if (s === '') return null;
  if (ISO_DATE.test(s)) return isRealIsoDate(s) ? s : null;
  const iso = ISO_DATETIME.exec(s);
  if (iso) {
    if (!isRealIsoDate(iso[1] as string) || !isRealTime(iso[2] as string)) return null;
    if (!iso[5]) return `${iso[1]}T${iso[2]}`;
    const parsed = new Date(s.replace(' ', 'T'));
    return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().replace('.000Z', 'Z');
  }
  const dateline = parseDateline(s);
  if (dateline) return dateline;
  // RFC 822/2822 as in RSS ("Sun, 27 Jul 2014 11:22:00 GMT"): Date.parse reads these reliably.
  if (/\d{1,2}:\d{2}/.test(s) && /(GMT|UTC|UT|[+-]\d{4}|[A-Z]{3})$/.test(s)) {
    const parsed = new Date(s);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().replace('.000Z', 'Z');
  }
  return null;
}

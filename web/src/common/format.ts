/** Display helpers: plain strings, never markup. */

/** "2014-07-27T11:22" → "27 Jul 2014 11:22"; "2009" stays "2009". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, time] = m;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (!mo) return y as string;
  const month = months[Number(mo) - 1] ?? mo;
  return `${d ? `${Number(d)} ` : ''}${month} ${y}${time ? ` ${time}` : ''}`;
}

/** An interval of days as briefly as it allows: "2009", "Dec 2009", "13 Jul 2014", "2009 – 2011". */
export function formatInterval(when: { start: string; end: string } | null | undefined): string {
  if (!when) return 'undated';
  const { start, end } = when;
  if (start === end) return formatDate(start);
  const sy = start.slice(0, 4);
  const ey = end.slice(0, 4);
  if (start.endsWith('-01-01') && end.endsWith('-12-31')) return sy === ey ? sy : `${sy} – ${ey}`;
  if (start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01')) {
    const last = new Date(Date.UTC(Number(sy), Number(start.slice(5, 7)), 0)).getUTCDate();
    if (Number(end.slice(8, 10)) === last) return formatDate(start.slice(0, 7));
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A link only for web addresses: never `javascript:` or `data:` from an article's metadata. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

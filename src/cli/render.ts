import type { SearchHit, StoredArticle, VersionSummary } from '../store/article-repository.js';

/** Emphasis for highlighted words: bold on a colour terminal, «guillemets» elsewhere. */
export function highlighter(stream: NodeJS.WriteStream): (s: string) => string {
  const color = stream.isTTY === true && !process.env.NO_COLOR;
  return color ? (s) => `\x1b[1;33m${s}\x1b[0m` : (s) => `«${s}»`;
}

export function markHighlights(hit: SearchHit, mark: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.highlights) {
    out += hit.snippet.slice(at, start) + mark(hit.snippet.slice(start, end));
    at = end;
  }
  return (out + hit.snippet.slice(at)).replace(/\s+/g, ' ');
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderSearchTable(
  query: string,
  total: number,
  offset: number,
  hits: readonly SearchHit[],
  mark: (s: string) => string,
  totalIsLowerBound = false,
): string {
  const count = `${total.toLocaleString('en')}${totalIsLowerBound ? '+' : ''}`;
  if (hits.length === 0) {
    return total > 0
      ? `${count} articles match ${JSON.stringify(query)}; none from result ${offset + 1} on\n`
      : `no articles match ${JSON.stringify(query)}\n`;
  }
  const lines = [
    `${count} articles match ${JSON.stringify(query)}; showing ${offset + 1}–${offset + hits.length}`,
    '',
  ];
  hits.forEach((hit, i) => {
    const date = hit.published?.slice(0, 10) ?? '—';
    lines.push(`${String(offset + i + 1).padStart(3)}. ${truncate(hit.title, 100)}`);
    lines.push(
      `     ${hit.id} · ${date} · ${hit.outlet ?? 'outlet unknown'} · score ${hit.score.toFixed(2)}`,
    );
    lines.push(`     ${markHighlights(hit, mark)}`, '');
  });
  return `${lines.join('\n')}\n`;
}

export function renderArticle(article: StoredArticle, versions: readonly VersionSummary[]): string {
  const field = (name: string, value: string | null) => `${`${name}:`.padEnd(11)} ${value ?? '—'}`;
  const origin = article.origin;
  const lines = [
    field('id', article.id),
    field(
      'version',
      `${article.version} of ${versions.length}${article.latest ? ' (latest)' : ''}, stored ${article.ingestedAt}`,
    ),
    field('title', article.title),
    field('published', article.published),
    field('section', article.section),
    field('outlet', article.outlet),
    field('url', article.url),
    field('language', article.language),
    field(
      'source',
      `${origin.source}${origin.locator ? ` (${origin.locator})` : ''}, read as ${origin.format}`,
    ),
    field(
      'fields',
      Object.entries(origin.fields)
        .map(([k, v]) => `${k} ← ${v}`)
        .join('; '),
    ),
  ];
  if (article.warnings.length) lines.push('warnings:', ...article.warnings.map((w) => `  - ${w}`));
  lines.push('', article.text, '');
  return lines.join('\n');
}

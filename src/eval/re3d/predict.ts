import type { Article } from '../../core/article.js';
import type { Extraction } from '../../extract/extraction.js';
import { alignCleaned } from './align.js';
import { squash } from './corpus.js';
import type { PredictedSpan } from './match.js';
import { MONEY, mapEntityMention, QUANTITY, TEMPORAL } from './types.js';

/*
 * re3d's documents carry no date, and the time extractor drops relative expressions ("yesterday", "last
 * week") it cannot anchor. The subsets were published in 2017: any date then will do, as only spans are
 * scored, never the dates they resolve to.
 */
const ANCHOR_DATE = '2017-01-01';

export interface Prediction {
  readonly spans: PredictedSpan[];
  /** Mentions whose text is not what their offsets, mapped back, give in the original: should be none. */
  readonly offsetMismatches: string[];
}

/**
 * Our mentions in one re3d text, as spans of that text. The headline is left out (the Article has no title):
 * re3d annotates the body only, and a title run would add mentions with offsets into the title.
 */
export function predictSpans(
  id: string,
  text: string,
  extract: (article: Article) => Extraction,
): Prediction {
  const aligned = alignCleaned(text);
  const extraction = extract(articleOf(id, aligned.cleaned));
  const raw: PredictedSpan[] = [];
  for (const entity of extraction.entities) {
    for (const m of entity.mentions) {
      if (m.field === 'title') continue;
      const label =
        m.via === 'demonym'
          ? `${entity.type}/demonym`
          : entity.category
            ? `weapon/${entity.category}`
            : entity.type;
      raw.push({ start: m.start, end: m.end, text: m.text, mapped: mapEntityMention(entity, m.via), label });
    }
  }
  for (const t of extraction.times)
    raw.push({ start: t.start, end: t.end, text: t.text, mapped: TEMPORAL, label: 'time' });
  for (const a of extraction.amounts) {
    const money = a.measure === 'money';
    raw.push({
      start: a.start,
      end: a.end,
      text: a.text,
      mapped: money ? MONEY : QUANTITY,
      label: `amount/${a.measure}`,
    });
  }
  const spans: PredictedSpan[] = [];
  const offsetMismatches: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const { start, end } = aligned.toOriginal(r.start, r.end);
    if (squash(text.slice(start, end)) !== squash(r.text)) {
      offsetMismatches.push(`${id} ${start}..${end}: ${JSON.stringify(r.text)}`);
      continue;
    }
    // One entity mentioned twice at one span (the claim layer re-making one) is one prediction.
    const key = `${start}:${end}:${r.mapped.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ ...r, start, end, text: text.slice(start, end) });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { spans, offsetMismatches };
}

function articleOf(id: string, text: string): Article {
  return {
    id,
    title: '',
    published: ANCHOR_DATE,
    section: null,
    outlet: null,
    url: null,
    language: 'en',
    text,
    origin: { source: 're3d', format: 'text', fields: {} },
    warnings: [],
    contentHash: id,
  };
}

import type { Article } from '../../core/article.js';
import { createMentionPipeline } from '../../extract/configuration.js';
import { type Extraction, extractArticle } from '../../extract/extraction.js';
import { type CorpusError, loadRe3d, type Re3dDocument, squash } from './corpus.js';
import {
  addCounts,
  addTypeCounts,
  type Counts,
  countByType,
  emptyTypeCounts,
  type GoldSpan,
  matchSpans,
  type PredictedSpan,
  sumCounts,
  type TypeCounts,
} from './match.js';
import { predictSpans } from './predict.js';
import { Tallies, type Tally } from './tally.js';
import { isScored, SCORED_TYPES, type ScoredType } from './types.js';

export interface EntityEvalOptions {
  /** Keep gold entities with confidence 0 (re3d's doubtful ones); default false. */
  readonly includeDoubtful?: boolean;
  /** How many strings each error list keeps; default 25. */
  readonly top?: number;
  /** The extractor under test; default armstrace's own mention pipeline through `extractArticle`. */
  readonly extract?: (article: Article) => Extraction;
}

export interface DocumentEval {
  readonly subset: string;
  readonly id: string;
  readonly title: string;
  readonly exact: Counts;
  readonly overlap: Counts;
}

/** Per re3d type, what the typed overlap matching left: these guide work on the mention layer. */
export interface ErrorLists {
  /** Gold values nothing of ours overlapped with the right type. */
  readonly missed: Tally[];
  /** Our mention texts that overlapped no gold of an accepted type. */
  readonly spurious: Tally[];
  /** Overlap matches whose spans differ: `gold value ⟷ our text`. */
  readonly boundary: Tally[];
}

/** A span found with a type that does not fit the gold's (untyped overlap matches only). */
export interface Confusion {
  readonly gold: ScoredType;
  /** Our type as `PredictedSpan.label` gives it. */
  readonly ours: string;
  readonly count: number;
  readonly examples: string[];
}

export interface EntityEvalReport {
  readonly dir: string;
  readonly subsets: string[];
  readonly includeDoubtful: boolean;
  readonly documents: DocumentEval[];
  /** Same span and an accepted type. */
  readonly exact: TypeCounts;
  /** Any shared character and an accepted type, one to one. */
  readonly overlap: TypeCounts;
  /** Any shared character, whatever the types: did we find the span at all. */
  readonly untypedOverlap: Counts;
  /**
   * Gold not scored: doubtful (confidence 0, unless included), blank (a value of white space only, which
   * nothing can match) and of types we do not attempt.
   */
  readonly leftOut: {
    readonly doubtful: number;
    readonly blank: number;
    readonly notAttempted: Record<string, number>;
  };
  readonly errors: Record<ScoredType, ErrorLists>;
  readonly confusions: Confusion[];
  /** Mentions whose mapped-back offsets did not give their text (left out of the scores): should be none. */
  readonly offsetMismatches: string[];
  /** Files or lines that could not be used, one line each. */
  readonly problems: CorpusError[];
}

/** Scores the mention layer against every re3d document under `dir` (a subset folder or a parent of some). */
export function evaluateRe3d(dir: string, options: EntityEvalOptions = {}): EntityEvalReport {
  const corpus = loadRe3d(dir);
  const includeDoubtful = options.includeDoubtful ?? false;
  const top = options.top ?? 25;
  let extract = options.extract;
  let exact = emptyTypeCounts();
  let overlap = emptyTypeCounts();
  let untypedOverlap: Counts = { gold: 0, predicted: 0, matched: 0 };
  let doubtful = 0;
  let blank = 0;
  const notAttempted: Record<string, number> = {};
  const documents: DocumentEval[] = [];
  const offsetMismatches: string[] = [];
  const lists = Object.fromEntries(
    SCORED_TYPES.map((t) => [t, { missed: new Tallies(), spurious: new Tallies(), boundary: new Tallies() }]),
  ) as Record<ScoredType, { missed: Tallies; spurious: Tallies; boundary: Tallies }>;
  const confusions = new Map<string, { gold: ScoredType; ours: string; count: number; examples: Tallies }>();

  for (const doc of corpus.documents) {
    const gold: GoldSpan[] = [];
    for (const e of doc.entities) {
      if (!isScored(e.type)) notAttempted[e.type] = (notAttempted[e.type] ?? 0) + 1;
      else if (e.confidence === 0 && !includeDoubtful) doubtful++;
      else if (squash(e.value) === '') blank++;
      else gold.push({ start: e.begin, end: e.end, type: e.type, text: squash(e.value) });
    }
    // The default extractor is built on first use: loading the gazetteer and NLP model is the slow part.
    if (!extract) {
      const pipeline = createMentionPipeline();
      extract = (article) => extractArticle(pipeline, article);
    }
    const predicted = predictSpans(doc.id, doc.text, extract);
    offsetMismatches.push(...predicted.offsetMismatches);
    const spans = predicted.spans;

    const exactCounts = countByType(gold, spans, matchSpans(gold, spans, { mode: 'exact', typed: true }));
    const overlapMatches = matchSpans(gold, spans, { mode: 'overlap', typed: true });
    const overlapCounts = countByType(gold, spans, overlapMatches);
    const untyped = matchSpans(gold, spans, { mode: 'overlap', typed: false });
    exact = addTypeCounts(exact, exactCounts);
    overlap = addTypeCounts(overlap, overlapCounts);
    untypedOverlap = addCounts(untypedOverlap, {
      gold: gold.length,
      predicted: spans.length,
      matched: untyped.length,
    });
    documents.push(documentEval(doc, exactCounts, overlapCounts));
    collectErrors(gold, spans, overlapMatches, lists);
    for (const m of untyped) {
      const g = gold[m.gold] as GoldSpan;
      const p = spans[m.predicted] as PredictedSpan;
      if (p.mapped.accepts.includes(g.type)) continue;
      const key = `${g.type}\t${p.label}`;
      const c = confusions.get(key) ?? { gold: g.type, ours: p.label, count: 0, examples: new Tallies() };
      c.count++;
      c.examples.add(p.text);
      confusions.set(key, c);
    }
  }

  return {
    dir,
    subsets: corpus.subsets,
    includeDoubtful,
    documents,
    exact,
    overlap,
    untypedOverlap,
    leftOut: { doubtful, blank, notAttempted },
    errors: Object.fromEntries(
      SCORED_TYPES.map((t) => [
        t,
        {
          missed: lists[t].missed.top(top),
          spurious: lists[t].spurious.top(top),
          boundary: lists[t].boundary.top(top),
        },
      ]),
    ) as Record<ScoredType, ErrorLists>,
    confusions: [...confusions.values()]
      .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.ours.localeCompare(b.ours))
      .map((c) => ({
        gold: c.gold,
        ours: c.ours,
        count: c.count,
        examples: c.examples.top(3).map((t) => t.text),
      })),
    offsetMismatches,
    problems: corpus.errors,
  };
}

function documentEval(doc: Re3dDocument, exact: TypeCounts, overlap: TypeCounts): DocumentEval {
  return {
    subset: doc.subset,
    id: doc.id,
    title: doc.title,
    exact: sumCounts(exact),
    overlap: sumCounts(overlap),
  };
}

function collectErrors(
  gold: readonly GoldSpan[],
  spans: readonly PredictedSpan[],
  matches: readonly { gold: number; predicted: number }[],
  lists: Record<ScoredType, { missed: Tallies; spurious: Tallies; boundary: Tallies }>,
): void {
  const goldMatched = new Set(matches.map((m) => m.gold));
  const predictedMatched = new Set(matches.map((m) => m.predicted));
  gold.forEach((g, i) => {
    if (!goldMatched.has(i)) lists[g.type].missed.add(g.text);
  });
  spans.forEach((p, i) => {
    if (!predictedMatched.has(i)) lists[p.mapped.type].spurious.add(squash(p.text));
  });
  for (const m of matches) {
    const g = gold[m.gold] as GoldSpan;
    const p = spans[m.predicted] as PredictedSpan;
    if (g.start !== p.start || g.end !== p.end) lists[g.type].boundary.add(`${g.text} ⟷ ${squash(p.text)}`);
  }
}

import type { PipelineRun } from '../pipeline.js';
import type { ArticleDoc, Mention, Sentence } from '../types.js';
import { type AssembledClaims, assembleClaims } from './assemble.js';
import { attributeSentences, attributionCues } from './attribution.js';
import { resolveFocus } from './discourse.js';
import { type Frame, framesOf } from './frames.js';
import { TRIGGER_CUES, triggersOf } from './triggers.js';
import { sentenceUnits } from './units.js';

/**
 * The claim layer: the mention layer's output of the headline and the body, read sentence by sentence
 * into frames (trigger, roles, items, time, place, modality, sources), carried across sentences by
 * focus, and assembled into one claim per type + roles + stage.
 */
export function extractClaims(input: {
  articleId: string;
  published: string | null;
  body: PipelineRun;
  title?: PipelineRun;
  debug?: (message: () => string) => void;
}): AssembledClaims {
  const frames: Frame[] = [];
  const runs: [PipelineRun | undefined, 'title' | 'text'][] = [
    [input.title, 'title'],
    [input.body, 'text'],
  ];
  for (const [run, field] of runs) {
    if (!run) continue;
    const { doc } = run;
    const sentences = sentenceUnits(doc, run.mentions, (s) => holdsCue(doc, s));
    const attributions = attributeSentences(sentences, doc.text);
    const armed = sentencesWithArms(doc, run.mentions);
    for (const s of sentences) {
      const attribution = attributions[s.index];
      if (!attribution || s.units.length === 0) continue;
      // Arms named in the two sentences before this one, in the same paragraph.
      const armsBefore = [s.index - 1, s.index - 2].some(
        (k) => armed.has(k) && doc.sentences[k]?.paragraph === s.sentence.paragraph,
      );
      const ctx = { articleId: input.articleId, text: run.doc.text, field, attribution, armsBefore };
      frames.push(...framesOf(ctx, s, triggersOf(s.units)));
    }
  }
  const { kept, continuations } = resolveFocus(frames);
  if (input.debug)
    for (const f of frames) input.debug(() => `claims: ${f.field}#${f.sentence + 1} ${f.why.join('; ')}`);
  return assembleClaims(input.articleId, input.published, kept, continuations);
}

const CUES: ReadonlySet<string> = new Set([...TRIGGER_CUES, ...attributionCues()]);

/** A sentence with a trigger or an attribution word: the only ones the claim layer reads. */
function holdsCue(doc: ArticleDoc, s: Sentence): boolean {
  for (let i = s.firstToken; i < s.endToken; i++) if (CUES.has(doc.tokens[i]?.lower ?? '')) return true;
  return false;
}

/** Indices of the sentences that name a weapon. */
function sentencesWithArms(doc: ArticleDoc, mentions: readonly Mention[]): Set<number> {
  const armed = new Set<number>();
  let k = 0;
  const weapons = mentions
    .filter((m) => m.kind === 'entity' && m.type === 'weapon')
    .sort((a, b) => a.start - b.start);
  for (const m of weapons) {
    while (k < doc.sentences.length && (doc.sentences[k] as Sentence).end <= m.start) k++;
    if (k < doc.sentences.length) armed.add(k);
  }
  return armed;
}

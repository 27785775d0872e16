import type { PipelineRun } from '../pipeline.js';
import { type AssembledClaims, assembleClaims } from './assemble.js';
import { attributeSentences } from './attribution.js';
import { resolveFocus } from './discourse.js';
import { type Frame, framesOf } from './frames.js';
import { triggersOf } from './triggers.js';
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
    const sentences = sentenceUnits(run.doc, run.mentions);
    const attributions = attributeSentences(sentences, run.doc.text);
    for (const s of sentences) {
      const attribution = attributions[s.index];
      if (!attribution) continue;
      // Arms named in this sentence or the two before it, in the same paragraph.
      const armsBefore = sentences
        .slice(Math.max(0, s.index - 2), s.index)
        .some((p) => p.sentence.paragraph === s.sentence.paragraph && p.units.some((u) => u.kind === 'item'));
      const ctx = { articleId: input.articleId, text: run.doc.text, field, attribution, armsBefore };
      frames.push(...framesOf(ctx, s, triggersOf(s.units)));
    }
  }
  const { kept, continuations } = resolveFocus(frames);
  if (input.debug)
    for (const f of frames) input.debug(() => `claims: ${f.field}#${f.sentence + 1} ${f.why.join('; ')}`);
  return assembleClaims(input.articleId, input.published, kept, continuations);
}

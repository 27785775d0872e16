import { analyzeArticle } from '../src/extract/nlp/analyze.js';
import type { ArticleDoc, Extractor, Mention, RunContext } from '../src/extract/types.js';

export const quietContext: RunContext = { debug: () => {} };

/** An analysed document from a test sentence; `published` anchors relative times. */
export function docOf(text: string, published: string | null = '2014-07-27T11:22'): ArticleDoc {
  return analyzeArticle({ id: 'test', text, published });
}

export function run(extractor: Extractor, text: string, published?: string | null): Mention[] {
  return extractor.extract(quietContext, docOf(text, published));
}

/** Every mention's offsets point at its text: the invariant the whole pipeline keeps. */
export function offsetsHold(text: string, mentions: readonly Mention[]): boolean {
  return mentions.every((m) => text.slice(m.start, m.end) === m.text);
}

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { ArticleDoc, Sentence, Token } from '../types.js';

// One instance for the whole process: loading the model takes ~60 ms and ~20 MB.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Tokens, parts of speech and sentences from wink-nlp, with offsets into the text. Paragraphs are read one
 * at a time: wink joins lines without end punctuation into one sentence, and a dateline or headline must
 * never run into the paragraph after it.
 */
export function analyzeArticle(article: { id: string; text: string; published: string | null }): ArticleDoc {
  const { text } = article;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  let paragraph = 0;
  while (paragraphStart <= text.length) {
    const breakAt = text.indexOf('\n\n', paragraphStart);
    const paragraphEnd = breakAt < 0 ? text.length : breakAt;
    if (paragraphEnd > paragraphStart) {
      analyzeParagraph(text, paragraphStart, paragraphEnd, paragraph, tokens, sentences);
      paragraph++;
    }
    if (breakAt < 0) break;
    paragraphStart = breakAt + 2;
  }
  return { id: article.id, text, published: article.published, tokens, sentences };
}

function analyzeParagraph(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  tokens: Token[],
  sentences: Sentence[],
): void {
  const doc = nlp.readDoc(text.slice(from, to));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const first = tokens.length;
  let cursor = from;
  values.forEach((value, i) => {
    // wink keeps token values verbatim, so each is found at or after the cursor.
    const at = text.indexOf(value, cursor);
    const start = at >= 0 && at < to ? at : cursor;
    const end = Math.min(start + value.length, to);
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      pos: tags[i] ?? 'X',
      lower: value.toLowerCase(),
    });
    cursor = end;
  });
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [a, b] = sentence.out(its.span) as unknown as [number, number];
    const firstToken = first + a;
    const endToken = first + b + 1;
    const start = tokens[firstToken]?.start ?? from;
    const end = tokens[endToken - 1]?.end ?? to;
    const letters = text.slice(start, end).replace(/[^\p{L}]/gu, '');
    sentences.push({
      start,
      end,
      firstToken,
      endToken,
      paragraph,
      allCaps: letters.length > 12 && letters === letters.toUpperCase(),
    });
  });
}

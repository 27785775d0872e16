import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { ArticleDoc, Sentence, Token } from '../types.js';

// One instance for the whole process: loading the model takes ~60 ms and ~20 MB.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Tokens, parts of speech and sentences from wink-nlp, with offsets into the text. The article is read in
 * one pass (one wink document per paragraph cost 10–20% more), and a sentence that runs across a paragraph
 * break is cut there: wink joins lines without end punctuation, and a headline or dateline must never run
 * into the paragraph after it.
 */
export function analyzeArticle(article: { id: string; text: string; published: string | null }): ArticleDoc {
  const { text } = article;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  // wink's token index → ours; -1 for the white-space tokens wink emits for line breaks.
  const ours: number[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    if (tags[i] === 'SPACE' || value.trim() === '') {
      ours.push(-1);
      return;
    }
    // wink keeps token values verbatim, so each is found at or after the cursor.
    const at = text.indexOf(value, cursor);
    const start = at >= 0 ? at : cursor;
    const end = Math.min(start + value.length, text.length);
    ours.push(tokens.length);
    tokens.push({
      start,
      end,
      text: at >= 0 ? value : text.slice(start, end),
      pos: tags[i] ?? 'X',
      lower: value.toLowerCase(),
    });
    cursor = end;
  });

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let nextBreak = text.indexOf('\n\n');
  const push = (firstToken: number, endToken: number) => {
    if (endToken <= firstToken) return;
    const start = (tokens[firstToken] as Token).start;
    const end = (tokens[endToken - 1] as Token).end;
    while (nextBreak >= 0 && nextBreak < start) {
      paragraph++;
      nextBreak = text.indexOf('\n\n', nextBreak + 2);
    }
    sentences.push({
      start,
      end,
      firstToken,
      endToken,
      paragraph,
      allCaps: isAllCaps(text.slice(start, end)),
    });
  };
  for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    // Cut the sentence wherever it crosses a paragraph break.
    let first = -1;
    let last = -1;
    for (let i = a; i <= b; i++) {
      const k = ours[i] as number;
      if (k >= 0) {
        if (first < 0) first = k;
        last = k;
      } else if ((values[i] as string).includes('\n\n') && first >= 0) {
        push(first, last + 1);
        first = -1;
      }
    }
    if (first >= 0) push(first, last + 1);
  }
  return { id: article.id, text, published: article.published, tokens, sentences };
}

/** A wire headline in capitals: no lower-case letter, and enough letters to tell (not "U.S. - AP"). */
function isAllCaps(sentence: string): boolean {
  if (/\p{Ll}/u.test(sentence)) return false;
  return (sentence.match(/\p{Lu}/gu)?.length ?? 0) > 12;
}

import { parseHTML } from 'linkedom';

/**
 * HTML to body text that keeps the block structure: every block element (paragraph, heading, list item,
 * table row, caption…) is separated from the next by a blank line, inline elements run on. DOM
 * `textContent` glues blocks together ("…North KoreaSunday, July 27…"), which breaks sentence and
 * paragraph boundaries for everything downstream. The output is raw: `finalizeArticle` normalizes it.
 */

/** The part of a DOM node read here: linkedom's nodes and browser nodes both fit. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

// Elements that start and end a paragraph of their own.
const BLOCKS = new Set(
  [
    'address article aside blockquote body br caption center dd details dialog div dl dt fieldset figcaption',
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section',
    'summary table tbody tfoot thead tr ul',
  ]
    .join(' ')
    .split(' '),
);
// Table cells sit on the row's line, a space apart; `tr` makes the break.
const CELLS = new Set(['td', 'th']);
// Code, metadata and embedded objects: never article text. `head` is here so a whole page gives no <title>.
const IGNORED = new Set('script style noscript template head svg math iframe object embed canvas'.split(' '));
// HTML white space (not the non-breaking space, which normalization handles).
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** Accumulates text with at most one pending separator, so nested blocks give one break, not several. */
class TextBuilder {
  private out = '';
  private pending: '' | ' ' | '\n\n' = '';

  append(text: string): void {
    if (text === '') return;
    if (this.out !== '') this.out += this.pending;
    this.pending = '';
    this.out += text;
  }

  space(): void {
    if (this.pending === '') this.pending = ' ';
  }

  paragraphBreak(): void {
    this.pending = '\n\n';
  }

  /** Text as the browser renders it outside <pre>: runs of white space are one space. */
  inline(raw: string): void {
    const collapsed = raw.replace(HTML_SPACE, ' ');
    if (collapsed.startsWith(' ')) this.space();
    this.append(collapsed.trim());
    if (collapsed.endsWith(' ') && collapsed.trim() !== '') this.space();
  }

  toString(): string {
    return this.out;
  }
}

/** Block-aware text of a DOM node and everything under it. */
export function htmlFragmentToText(root: HtmlNode): string {
  const builder = new TextBuilder();
  let preDepth = 0;
  // Iterative walk: deeply nested markup (broken pages nest thousands of unclosed tags) must not overflow the stack.
  const stack: { node: HtmlNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, leaving } = entry;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const value = node.nodeValue ?? '';
      if (preDepth > 0) builder.append(value);
      else builder.inline(value);
      continue;
    }
    if (type !== ELEMENT_NODE && type !== DOCUMENT_NODE && type !== DOCUMENT_FRAGMENT_NODE) continue;
    const name = type === ELEMENT_NODE ? node.nodeName.toLowerCase() : '';
    if (IGNORED.has(name)) continue;
    if (leaving) {
      if (name === 'pre') preDepth--;
      if (BLOCKS.has(name)) builder.paragraphBreak();
      else if (CELLS.has(name)) builder.space();
      continue;
    }
    if (name === 'pre') preDepth++;
    if (BLOCKS.has(name)) builder.paragraphBreak();
    else if (CELLS.has(name)) builder.space();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as HtmlNode, leaving: false });
    }
  }
  return builder.toString();
}

/** Block-aware text of an HTML string: a whole page (its <head> left out) or a fragment. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(html);
  return htmlFragmentToText(document as HtmlNode);
}

import { type ValidationError, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article, ArticleField } from '../../core/article.js';
import { failed, type InputProblemCode, type ReadResult } from '../../core/problem.js';
import type { ArticleDraft } from '../article-draft.js';
import { finalizeArticle } from '../finalize-article.js';
import { htmlToText } from '../html-to-text.js';
import type { InputSource } from '../input-source.js';
import { readDocument } from '../read-document.js';
import type { Reader, ReadOptions } from '../reader.js';

/*
 * News feeds: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom. One article per item; an item without text
 * fails on its own ("item 3") and the others go on. A feed that is not well-formed XML fails as a whole,
 * since a parser that guesses past an error may silently merge or drop items.
 */

// After a BOM, white space, the XML declaration and other processing instructions, comments and a
// doctype (with or without an internal subset), the root element decides. Each part can be matched one way
// only (one space at a time, a comment up to its first "-->"): with `\s+` or `[\s\S]*?` inside the
// repetition a head of 40 blank lines that is not a feed took minutes to reject.
const FEED_SIGNATURE =
  /^\uFEFF?(?:\s|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE[^[>]*(?:\[(?:[^\]]|\](?!\s*>))*\]\s*)?>)*<(?:rss|feed|rdf:RDF)[\s>/]/;

type Node = Record<string, unknown>;
type Field = Exclude<ArticleField, 'text' | 'language'>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function createParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Values stay strings: a guid "00123" must not become the number 123.
    parseTagValue: false,
    processEntities: true,
    // Without it numeric character references (&#8217;) stay undecoded; they are plain XML, not HTML.
    htmlEntities: true,
    // One item is still a list of items; one link or category likewise.
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
    // Atom text constructs are kept raw: type="xhtml" content is markup the parser would take apart.
    stopNodes: ['feed.title', 'feed.entry.title', 'feed.entry.summary', 'feed.entry.content'],
  });
}

/**
 * The text of a parsed element: its string value, or `#text` beside attributes. Markup a feed left
 * unescaped (`<description><p>…</p></description>`) was parsed into elements: its text is salvaged
 * child by child, a paragraph each (the parser does not keep the order of mixed content).
 */
function nodeText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const children = Array.isArray(value)
    ? value
    : isNode(value)
      ? Object.entries(value).flatMap(([key, child]) => (key.startsWith('@_') ? [] : [child]))
      : [];
  return children
    .map(nodeText)
    .filter((t) => t !== '')
    .join('\n\n');
}

const trimmed = (value: unknown): string | null => nodeText(first(value)).trim() || null;
/** RSS titles may carry entity-encoded HTML ("AT&amp;amp;T", "<em>…</em>"); plain ones pass untouched. */
const rssInline = (value: unknown): string | null => {
  const text = trimmed(value);
  return text && /[<&]/.test(text) ? htmlToText(text) : text;
};

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes raw XML character data (a stop node's inside): CDATA sections and character references. */
function unescapeXml(raw: string): string {
  return raw.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (match, cdata, entity: string) => {
      if (cdata !== undefined) return cdata;
      if (entity.startsWith('#')) {
        const hex = /^#x/i.test(entity);
        const code = Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
      return XML_ENTITIES[entity] ?? match;
    },
  );
}

/** An Atom text construct (title, summary, content) as text, by its `type`: text, html or xhtml. */
function atomText(value: unknown): string | null {
  const element = first(value);
  if (element === undefined || element === null) return null;
  const raw = nodeText(isNode(element) ? element['#text'] : element);
  const type = isNode(element) ? String(element['@_type'] ?? 'text').toLowerCase() : 'text';
  const text =
    type === 'xhtml' || type.endsWith('+xml')
      ? htmlToText(raw)
      : type.endsWith('html')
        ? htmlToText(unescapeXml(raw))
        : unescapeXml(raw);
  return text.trim() === '' ? null : text;
}

/** RSS bodies are entity-encoded HTML by definition; null when there is no text in it. */
function rssHtml(value: unknown): string | null {
  const element = first(value);
  // Markup left unescaped was parsed into child elements: nodeText has already made it text.
  const escaped =
    !isNode(element) || Object.keys(element).every((key) => key === '#text' || key.startsWith('@_'));
  const text = escaped ? htmlToText(nodeText(element)) : nodeText(element);
  return text.trim() === '' ? null : text;
}

/** Starts a draft; `set` records a value with where it came from, the first value given wins. */
function newDraft(warnings: readonly string[]) {
  const draft: ArticleDraft = { body: '', fields: {}, warnings: [...warnings] };
  const set = (
    field: Field | 'declaredLanguage' | 'text',
    value: string | null | undefined,
    from: string,
  ) => {
    if (!value) return;
    if (field === 'text') {
      if (draft.body !== '') return;
      draft.body = value;
    } else if (draft[field]) return;
    else draft[field] = value;
    if (field !== 'declaredLanguage') draft.fields[field] = from;
  };
  return { draft, set };
}

/** RSS 2.0 and RSS 1.0 items share their element names. */
function rssDraft(item: Node, channel: Node, warnings: readonly string[]): ArticleDraft {
  const { draft, set } = newDraft(warnings);
  const link = trimmed(item.link);
  const guid = trimmed(item.guid);
  set('id', guid, 'item guid');
  set('id', link, 'item link');
  set('title', rssInline(item.title), 'item title');
  set('url', link, 'item link');
  // RSS: a guid is the item's permalink unless isPermaLink="false".
  const permalink = isNode(item.guid) && item.guid['@_isPermaLink'] === 'false' ? null : guid;
  if (permalink && /^https?:\/\//i.test(permalink)) set('url', permalink, 'item guid (permalink)');
  set('published', trimmed(item.pubDate), 'item pubDate');
  set('published', trimmed(item['dc:date']), 'item dc:date');
  set('section', rssInline(item.category), 'item category');
  set('section', rssInline(item['dc:subject']), 'item dc:subject');
  set('outlet', rssInline(channel.title), 'channel title');
  set('declaredLanguage', trimmed(channel.language) ?? trimmed(channel['dc:language']), 'channel language');
  // The full text where the feed has it; the description is often only a teaser.
  set('text', rssHtml(item['content:encoded']), 'item content:encoded');
  if (draft.body === '') set('text', rssHtml(item.description), 'item description');
  return draft;
}

function atomDraft(entry: Node, feed: Node, warnings: readonly string[]): ArticleDraft {
  const { draft, set } = newDraft(warnings);
  const links = (Array.isArray(entry.link) ? entry.link : []).filter(isNode);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate' && l['@_href']);
  const link = alternate ? nodeText(alternate['@_href']).trim() || null : null;
  set('id', trimmed(entry.id), 'entry id');
  set('id', link, 'entry link');
  set('title', atomText(entry.title), 'entry title');
  set('url', link, 'entry link');
  set('published', trimmed(entry.published), 'entry published');
  set('published', trimmed(entry.updated), 'entry updated');
  const category = first(entry.category);
  if (isNode(category)) set('section', trimmed(category['@_label'] ?? category['@_term']), 'entry category');
  set('outlet', atomText(feed.title), 'feed title');
  set('declaredLanguage', trimmed(entry['@_xml:lang'] ?? feed['@_xml:lang']), 'xml:lang');
  set('text', atomText(entry.content), 'entry content');
  if (draft.body === '') set('text', atomText(entry.summary), 'entry summary');
  return draft;
}

type Feed = { readonly items: readonly Node[]; readonly toDraft: (item: Node) => ArticleDraft };

function feedOf(document: Node, warnings: readonly string[]): Feed | null {
  const nodes = (value: unknown) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isNode);
  // An empty root element (`<rss/>`) parses to an empty string: a feed without items.
  const root = (name: string): Node | null => (name in document ? (nodes(document[name])[0] ?? {}) : null);
  const rss = root('rss');
  if (rss) {
    const channel = nodes(rss.channel)[0] ?? {};
    return { items: nodes(channel.item), toDraft: (item) => rssDraft(item, channel, warnings) };
  }
  const rdf = root('rdf:RDF');
  if (rdf) {
    const channel = nodes(rdf.channel)[0] ?? {};
    return { items: nodes(rdf.item), toDraft: (item) => rssDraft(item, channel, warnings) };
  }
  const feed = root('feed');
  if (feed) return { items: nodes(feed.entry), toDraft: (entry) => atomDraft(entry, feed, warnings) };
  return null;
}

/**
 * The validator's error as one line, placed in the file as the user has it (`leading` is the white space
 * cut before validating). A document cut short gets "Invalid '[…]' found" at 1:1: name the open tags instead.
 */
function describeXmlError(error: ValidationError['err'], xml: string, leading: string): string {
  let { line, col, msg } = error;
  const open = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(msg);
  if (open) {
    const tags = [...(open[1] as string).matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`).reverse();
    const lines = xml.split('\n');
    line = lines.length;
    col = (lines.at(-1) ?? '').length + 1;
    msg = `the file ends before ${tags.join(', ')} ${tags.length === 1 ? 'is' : 'are'} closed`;
  }
  const leadingLines = leading.split('\n');
  if (line === 1) col += (leadingLines.at(-1) ?? '').length;
  return `malformed XML at line ${line + leadingLines.length - 1}, column ${col}: ${msg}`;
}

const BARE_AMPERSAND = /&(?!(?:#\d+|#x[0-9a-f]+|[a-z][\w.-]*);)/gi;

function escapeBareAmpersands(xml: string): { xml: string; count: number } {
  let count = 0;
  const repaired = xml.replace(BARE_AMPERSAND, () => {
    count++;
    return '&amp;';
  });
  return { xml: repaired, count };
}

export const feedReader: Reader = {
  format: 'feed',
  extensions: ['.xml', '.rss', '.atom'],
  matches: (head) => FEED_SIGNATURE.test(head),
  async *read(source: InputSource, options: ReadOptions): AsyncGenerator<ReadResult<Article>> {
    const doc = await readDocument(source, 'feed', options.maxBytes);
    if (!doc.ok) return yield doc;
    const fail = (code: InputProblemCode, message: string) => failed(code, source.name, message);
    // The XML declaration must come first; leading blank lines are dropped but still counted in line numbers.
    const leading = /^\s*/.exec(doc.value.text)?.[0] ?? '';
    let xml = doc.value.text.slice(leading.length);
    const warnings = [...doc.value.warnings];
    let validation = XMLValidator.validate(xml);
    if (validation !== true) {
      // The commonest flaw of real feeds is a bare "&" in a title ("AT&T"): escape those and try again,
      // but report the original error if the feed is still not well-formed.
      const repaired = escapeBareAmpersands(xml);
      if (repaired.count > 0 && XMLValidator.validate(repaired.xml) === true) {
        xml = repaired.xml;
        warnings.push(`escaped ${repaired.count} bare "&" that made the XML malformed`);
        validation = true;
      }
    }
    if (validation !== true) return yield fail('malformed', describeXmlError(validation.err, xml, leading));

    let feed: Feed | null;
    try {
      feed = feedOf(createParser().parse(xml) as Node, warnings);
    } catch (error) {
      // The parser has limits the validator does not check (nesting depth, entity expansion).
      return yield fail('malformed', `malformed XML: ${(error as Error).message}`);
    }
    if (feed === null) return yield fail('unsupported', 'XML, but not an RSS, RDF or Atom feed');
    if (feed.items.length === 0) return yield fail('no-text', 'feed has no items');
    for (const [index, item] of feed.items.entries()) {
      yield finalizeArticle(feed.toDraft(item), {
        source: source.name,
        format: 'feed',
        locator: `item ${index + 1}`,
      });
    }
  },
};

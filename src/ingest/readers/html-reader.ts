import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, ArticleField } from '../../core/article.js';
import type { ReadResult } from '../../core/problem.js';
import type { ArticleDraft } from '../article-draft.js';
import { finalizeArticle } from '../finalize-article.js';
import { type HtmlNode, htmlFragmentToText } from '../html-to-text.js';
import type { InputSource } from '../input-source.js';
import { readDocument } from '../read-document.js';
import type { Reader, ReadOptions } from '../reader.js';

/*
 * A saved web page: metadata from JSON-LD, then Open Graph / article meta tags, then <title>; the body
 * from Readability's main-content extraction. Metadata is read first because Readability rewrites the DOM.
 */

/** The DOM surface used here; linkedom's types are too loose to check against without the DOM lib. */
interface DomElement extends HtmlNode {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  appendChild(node: HtmlNode): unknown;
  remove(): void;
  prepend(node: HtmlNode): void;
  after(node: HtmlNode): void;
}
interface DomDocument extends DomElement {
  readonly documentElement: DomElement | null;
  createElement(name: string): DomElement;
}

// BOM, white space, an XML declaration and comments may precede the markup that says "HTML". Each part
// matches one way only (one space at a time, a comment up to its first "-->"), so a head that is not HTML
// is rejected in linear time (with `\s+` in the repetition, 40 blank lines took minutes).
const HTML_SIGNATURE =
  /^\uFEFF?(?:\s|<\?xml[^>]*>|<!--(?:[^-]|-(?!->))*-->)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const PROLOG = /^\uFEFF?(?:\s|<\?[^>]*>|<!--(?:[^-]|-(?!->))*-->|<!doctype[^>]*>)*/i;
// Elements that belong in <head> when a page omits <body>; everything else is body content.
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base']);
const NEWS_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
]);

type MetaField = Exclude<ArticleField, 'text' | 'language'> | 'declaredLanguage';
type Found = { readonly value: string; readonly from: string };
type PageMetadata = Partial<Record<MetaField, Found>>;

// Readability's cost grows steeply with nesting (1,000 nested <div>s take seconds, 2,000 most of a minute)
// and with the element count: past these it is skipped for the page's whole body text. News pages stay
// well under both; at the caps Readability takes about a second at worst.
const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 100;
const ELEMENT_NODE = 1;
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;

/**
 * linkedom builds the tree as written: it adds no <html>, <head> or <body>, and its `document.body` is
 * only the element right after a leading <head> (else it inserts an empty one). Readability reads
 * `document.body`, so the page is put in that shape: html > head, body. Input whose first element is not
 * <html> is wrapped in one: a tree rooted elsewhere (`<table><html>…`) sends Readability into an endless loop.
 */
function parsePage(text: string): DomDocument {
  const prolog = PROLOG.exec(text)?.[0].length ?? 0;
  const wrapped = () => `${text.slice(0, prolog)}<html>${text.slice(prolog)}</html>`;
  const startsWithHtml = /^<html[\s>]/i.test(text.slice(prolog, prolog + 6));
  let document = parseHTML(startsWithHtml ? text : wrapped()).document as DomDocument;
  // Text or stray markup before <html> can still leave another element at the root: wrap after all.
  if (startsWithHtml && !isHtmlElement(document.documentElement)) {
    document = parseHTML(wrapped()).document as DomDocument;
  }
  const root = document.documentElement;
  if (!isHtmlElement(root)) return document;
  const children = Array.from(root.childNodes);
  const named = (name: string) =>
    children.find((n) => n.nodeName.toLowerCase() === name) as DomElement | undefined;
  const head = named('head') ?? document.createElement('head');
  let body = named('body');
  if (!body) {
    body = document.createElement('body');
    for (const child of children) {
      if (child !== head) (HEAD_ELEMENTS.has(child.nodeName.toLowerCase()) ? head : body).appendChild(child);
    }
  }
  if (root.firstElementChild !== head) root.prepend(head);
  if (head.nextElementSibling !== body) head.after(body);
  return document;
}

function isHtmlElement(node: DomElement | null | undefined): node is DomElement {
  return node?.nodeType === ELEMENT_NODE && node.nodeName.toLowerCase() === 'html';
}

/**
 * Why Readability must not run on this page, or null when it may. Counts elements and nesting depth (a
 * walk that stops at the element cap), and removes comment and doctype nodes inside the page: they carry no
 * text, and linkedom serializes a comment holding "-->" (a CDATA section becomes one) into markup that
 * corrupts its tree when Readability re-parses it, looping forever.
 */
function prepareForReadability(document: DomDocument): string | null {
  const root = document.documentElement;
  if (!isHtmlElement(root) || root.firstElementChild?.nextElementSibling?.nodeName.toLowerCase() !== 'body')
    return 'the page has no <html> root with <head> and <body>';
  const removable: DomElement[] = [];
  let elements = 0;
  let deepest = 0;
  const stack: { node: DomElement; depth: number }[] = [{ node: root, depth: 1 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth } = entry;
    if (node.nodeType === COMMENT_NODE || node.nodeType === DOCUMENT_TYPE_NODE) {
      removable.push(node);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    if (++elements > MAX_ELEMENTS)
      return `the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements`;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return `the page nests elements more than ${MAX_DEPTH} deep`;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as DomElement, depth: depth + 1 });
    }
  }
  for (const node of removable) node.remove();
  return null;
}

const str = (value: unknown): string | null => {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A schema.org value: text, or an object naming it (`{ "@id" }`, `{ "name" }`, `{ "value" }`). */
const textOf = (value: unknown, ...keys: string[]): string | null => {
  const v = first(value);
  if (!isObject(v)) return str(v);
  for (const key of keys) if (str(v[key])) return str(v[key]);
  return null;
};

/** The schema.org article type of a JSON-LD node ("schema:NewsArticle" and full IRIs included), or null. */
function newsType(node: Record<string, unknown>): string | null {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  for (const type of types) {
    const name = typeof type === 'string' ? type.replace(/^.*[/:#]/, '') : '';
    if (NEWS_TYPES.has(name) || name.endsWith('NewsArticle')) return name;
  }
  return null;
}

/** JSON-LD nodes in document order: top-level objects, array members and `@graph` members. */
function* jsonLdNodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* jsonLdNodes(item);
  } else if (isObject(value)) {
    yield value;
    if (value['@graph'] !== undefined) yield* jsonLdNodes(value['@graph']);
  }
}

function readJsonLd(document: DomDocument, warnings: string[]): PageMetadata {
  const scripts = Array.from(document.querySelectorAll('script')).filter((s) =>
    /^\s*application\/ld\+json/i.test(s.getAttribute('type') ?? ''),
  );
  for (const [index, script] of scripts.entries()) {
    // CMSs wrap JSON-LD in comment or CDATA markers and leave raw newlines inside strings: both are
    // invalid JSON that every browser-side consumer tolerates.
    const raw = (script.textContent ?? '')
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
      .replace(/[\u0000-\u001f]/g, ' ');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      warnings.push(`skipped malformed JSON-LD (script ${index + 1}): ${(error as Error).message}`);
      continue;
    }
    for (const node of jsonLdNodes(parsed)) {
      const type = newsType(node);
      if (type) return jsonLdFields(node, type);
    }
  }
  return {};
}

function jsonLdFields(node: Record<string, unknown>, type: string): PageMetadata {
  const meta: PageMetadata = {};
  const take = (field: MetaField, property: string, value: string | null) => {
    if (value) meta[field] = { value, from: `json-ld ${type}.${property}` };
  };
  take('title', 'headline', textOf(node.headline));
  take('published', 'datePublished', textOf(node.datePublished));
  take('section', 'articleSection', textOf(node.articleSection));
  take('outlet', 'publisher.name', textOf(node.publisher, 'name'));
  take('id', 'identifier', textOf(node.identifier, 'value', '@id'));
  take('declaredLanguage', 'inLanguage', textOf(node.inLanguage, 'alternateName', 'name'));
  take('url', 'url', textOf(node.url));
  if (!meta.url) take('url', 'mainEntityOfPage', textOf(node.mainEntityOfPage, '@id', 'url'));
  return meta;
}

/** Meta tags by lower-cased `property` and `name` (both are used for Open Graph in the wild); first wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = str(meta.getAttribute('content'));
    if (!content) continue;
    for (const attribute of ['property', 'name']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Metadata from tags and elements, in order of preference within each field. */
function readTags(document: DomDocument): PageMetadata {
  const tags = metaTags(document);
  const meta: PageMetadata = {};
  const take = (field: MetaField, value: string | null | undefined, from: string) => {
    if (!meta[field] && value) meta[field] = { value, from };
  };
  take('title', tags.get('og:title'), 'og:title');
  take('title', str(document.querySelector('title')?.textContent), '<title>');
  take('published', tags.get('article:published_time'), 'article:published_time');
  for (const name of ['date', 'pubdate', 'dc.date']) take('published', tags.get(name), `meta ${name}`);
  take('section', tags.get('article:section'), 'article:section');
  take('outlet', tags.get('og:site_name'), 'og:site_name');
  take('url', tags.get('og:url'), 'og:url');
  take(
    'url',
    str(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    '<link rel=canonical>',
  );
  const root = document.documentElement;
  take('declaredLanguage', str(root?.getAttribute('lang') ?? root?.getAttribute('xml:lang')), '<html lang>');
  return meta;
}

/** Readability's main content as text, or null when it finds none (or fails: it is not written for bad input). */
function readabilityText(document: DomDocument, warnings: string[]): string | null {
  try {
    // The serializer hands back the content element itself, saving a serialize-and-reparse round trip.
    const article = new Readability<HtmlNode>(document, { serializer: (node) => node as HtmlNode }).parse();
    const text = article?.content ? htmlFragmentToText(article.content) : '';
    return text.trim() === '' ? null : text;
  } catch (error) {
    warnings.push(`readability failed (${(error as Error).message})`);
    return null;
  }
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  matches: (head) => HTML_SIGNATURE.test(head),
  async *read(source: InputSource, options: ReadOptions): AsyncGenerator<ReadResult<Article>> {
    const doc = await readDocument(source, 'html', options.maxBytes);
    if (!doc.ok) return yield doc;
    const warnings = [...doc.value.warnings];
    const document = parsePage(doc.value.text);
    const fromJsonLd = readJsonLd(document, warnings);
    const meta: PageMetadata = { ...readTags(document), ...fromJsonLd };

    const hazard = prepareForReadability(document);
    let body = hazard === null ? readabilityText(document, warnings) : null;
    let textFrom = 'readability main content';
    if (body === null) {
      // Readability has rewritten the DOM by now (when it ran): read the page again for its whole body.
      const page = hazard === null ? parsePage(doc.value.text) : document;
      body = htmlFragmentToText(page.querySelector('body') ?? page);
      textFrom = 'whole <body>';
      warnings.push(
        hazard === null
          ? 'readability found no article; used the whole page body'
          : `readability skipped (${hazard}); used the whole page body`,
      );
    }

    const draft: ArticleDraft = {
      id: meta.id?.value ?? null,
      title: meta.title?.value ?? null,
      published: meta.published?.value ?? null,
      section: meta.section?.value ?? null,
      outlet: meta.outlet?.value ?? null,
      url: meta.url?.value ?? null,
      declaredLanguage: meta.declaredLanguage?.value ?? null,
      body,
      fields: { text: textFrom },
      warnings,
    };
    for (const field of ['id', 'title', 'published', 'section', 'outlet', 'url'] as const) {
      const found = meta[field];
      if (found) draft.fields[field] = found.from;
    }
    yield finalizeArticle(draft, { source: source.name, format: 'html' });
  },
};

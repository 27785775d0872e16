import type { EvidenceRef } from '../kb/model.js';

/**
 * Links from an exported fact back to the words that support it: `armstrace:article/<id>?v=<version>`
 * names one stored article version, `#<start>-<end>` the span ([start, end) in UTF-16 code units, as the
 * extractor counts), `&field=title` a span of the headline instead of the text. Every export writes these
 * with this one helper so a link written by one format opens the same span as any other's.
 */

export const EVIDENCE_LINK_SCHEME = 'armstrace:';

/** The link to one stored article version (no span). */
export function articleLink(articleId: string, version: number): string {
  return `${EVIDENCE_LINK_SCHEME}article/${encodeURIComponent(articleId)}?v=${version}`;
}

/** The link to one evidence span of one article version. */
export function evidenceLink(ref: EvidenceRef): string {
  const field = ref.field === 'title' ? '&field=title' : '';
  return `${articleLink(ref.articleId, ref.version)}${field}#${ref.start}-${ref.end}`;
}

export interface ParsedEvidenceLink {
  readonly articleId: string;
  readonly version: number;
  readonly start: number;
  readonly end: number;
  readonly field?: 'title';
}

const LINK = /^armstrace:article\/([^?#]+)\?v=(\d+)(&field=title)?#(\d+)-(\d+)$/;

/** Reads a link `evidenceLink` wrote; null for anything else. */
export function parseEvidenceLink(link: string): ParsedEvidenceLink | null {
  const m = LINK.exec(link);
  if (!m) return null;
  const [, id = '', version = '', title, start = '', end = ''] = m;
  return {
    articleId: decodeURIComponent(id),
    version: Number(version),
    start: Number(start),
    end: Number(end),
    ...(title ? { field: 'title' as const } : {}),
  };
}

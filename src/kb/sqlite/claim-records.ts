import type { Claim } from '../../extract/claims/claim.js';
import type { ClaimRecord, ReviewStatus } from '../model.js';
import { applyCorrection, type Correction, resolveClaim } from './corrections.js';

/** A claims row joined with its review state. */
export interface ClaimRow {
  rowid: number;
  key: string;
  article_id: string;
  version: number;
  published: string | null;
  outlet: string | null;
  url: string | null;
  story_id: string;
  group_key: string;
  body: string;
  status: Exclude<ReviewStatus, 'unreviewed'> | null;
  correction: string | null;
}

export const CLAIM_ROW_COLUMNS = `c.rowid, c.key, c.article_id, c.version, c.published, c.outlet, c.url, c.story_id,
  c.group_key, c.body, r.status, r.correction`;

export function parseCorrection(json: string | null): Correction | null {
  return json ? (JSON.parse(json) as Correction) : null;
}

/** The claim as the knowledge base reads it: corrected by analysts, ids resolved through merges. */
export function claimRecordOf(row: ClaimRow, resolve: (id: string) => string): ClaimRecord {
  const raw = JSON.parse(row.body) as Claim;
  const claim = resolveClaim(applyCorrection(raw, parseCorrection(row.correction)), resolve);
  return {
    key: row.key,
    articleId: row.article_id,
    version: row.version,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    storyId: row.story_id,
    claim,
    evidence: claim.evidence.map((e) => ({
      articleId: row.article_id,
      version: row.version,
      start: e.start,
      end: e.end,
      text: e.text,
      ...(e.field ? { field: e.field } : {}),
    })),
    review: row.status ?? 'unreviewed',
  };
}

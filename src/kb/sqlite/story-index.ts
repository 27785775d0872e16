import type { Database } from 'better-sqlite3';
import {
  estimateJaccard,
  isEmptySignature,
  lshBandKeys,
  minhashSignature,
  NEAR_DUPLICATE_DEFAULTS,
  shinglesOf,
} from '../near-duplicates.js';

interface SignatureRow {
  rowid: number;
  article_id: string;
  story_id: string;
  signature: Buffer;
}

/**
 * Groups near-duplicate articles (wire copies, reposts, updates) into stories, in the store: MinHash
 * signatures with LSH band keys in a table, candidates verified by their estimated Jaccard similarity.
 * An article joins the story of the stored article it is most like; a story keeps the id of its first
 * stored article, so assigning never rewrites earlier rows.
 */
export class StoryIndex {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      own: db.prepare<[string], SignatureRow>(
        'SELECT rowid, article_id, story_id, signature FROM article_signatures WHERE article_id = ?',
      ),
      candidates: db.prepare<[string], SignatureRow>(
        `SELECT rowid, article_id, story_id, signature FROM article_signatures WHERE rowid IN
           (SELECT DISTINCT signature FROM lsh_bands WHERE band_key IN (SELECT value FROM json_each(?)))
         ORDER BY rowid`,
      ),
      deleteBand: db.prepare<[number, number]>('DELETE FROM lsh_bands WHERE band_key = ? AND signature = ?'),
      insertBand: db.prepare<[number, number | bigint]>(
        'INSERT OR IGNORE INTO lsh_bands (band_key, signature) VALUES (?, ?)',
      ),
      upsert: db.prepare(
        `INSERT INTO article_signatures (article_id, published, story_id, signature) VALUES (@id, @published, @storyId, @signature)
         ON CONFLICT (article_id) DO UPDATE SET published = excluded.published, story_id = excluded.story_id,
           signature = excluded.signature
         RETURNING rowid`,
      ),
    };
  }

  /** The story id for this article (its own id when it is like no stored article), recorded. */
  assign(article: { id: string; title: string; text: string; published: string | null }): string {
    const signature = minhashSignature(shinglesOf(`${article.title}\n${article.text}`));
    const keys = isEmptySignature(signature) ? [] : lshBandKeys(signature);
    const previous = this.s.own.get(article.id);
    if (previous)
      for (const key of lshBandKeys(toSignature(previous.signature)))
        this.s.deleteBand.run(key, previous.rowid);
    let storyId = article.id;
    // The first article of a story keeps it, even when a new version of it drifts from its copies.
    if (previous?.story_id !== article.id) {
      let best = -1;
      for (const candidate of keys.length > 0 ? this.s.candidates.all(JSON.stringify(keys)) : []) {
        if (candidate.article_id === article.id) continue;
        const similarity = estimateJaccard(signature, toSignature(candidate.signature));
        // Ties go to the earliest stored candidate (rowid order).
        if (similarity >= NEAR_DUPLICATE_DEFAULTS.threshold && similarity > best) {
          best = similarity;
          storyId = candidate.story_id;
        }
      }
    }
    const row = this.s.upsert.get({
      id: article.id,
      published: article.published,
      storyId,
      signature: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength),
    }) as { rowid: number };
    for (const key of keys) this.s.insertBand.run(key, row.rowid);
    return storyId;
  }
}

function toSignature(blob: Buffer): Uint32Array {
  // Copy: a Buffer from SQLite may not be aligned for a Uint32Array view.
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}

import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface ApiToken {
  readonly id: number;
  readonly label: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Bearer tokens for the API's write endpoints, kept as SHA-256 hashes in the store. */
export class ApiTokens {
  constructor(private readonly db: Database) {}

  /** A new token: returned once, in clear; the store keeps its hash. */
  create(label: string): { token: string; id: number } {
    const token = `at_${randomBytes(32).toString('base64url')}`;
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO api_tokens (label, hash, created_at) VALUES (?, ?, ?)')
      .run(label, hashOf(token), new Date().toISOString());
    return { token, id: Number(lastInsertRowid) };
  }

  /** The label of a valid, unrevoked token; null otherwise. */
  verify(token: string): string | null {
    const row = this.db
      .prepare<[string], { label: string }>(
        'SELECT label FROM api_tokens WHERE hash = ? AND revoked_at IS NULL',
      )
      .get(hashOf(token));
    return row?.label ?? null;
  }

  list(): ApiToken[] {
    return this.db
      .prepare<[], { id: number; label: string; created_at: string; revoked_at: string | null }>(
        'SELECT id, label, created_at, revoked_at FROM api_tokens ORDER BY id',
      )
      .all()
      .map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at }));
  }

  revoke(id: number): boolean {
    return (
      this.db
        .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(new Date().toISOString(), id).changes > 0
    );
  }
}

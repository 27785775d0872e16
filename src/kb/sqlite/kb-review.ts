import type { Database } from 'better-sqlite3';
import { AppError, NotFoundError } from '../../core/errors.js';
import type { ReliabilityGrade } from '../model.js';
import { CORRECTION_SCHEMA, type Correction } from './corrections.js';
import type { KnowledgeWriter, WorkSet } from './kb-writer.js';

/** What an analyst can do; every edit names who did it and why. */
export type ReviewAction =
  | { readonly kind: 'claim' | 'assertion'; readonly action: 'confirm' | 'reject'; readonly target: string }
  | {
      readonly kind: 'claim' | 'assertion';
      readonly action: 'correct';
      readonly target: string;
      readonly correction: Correction;
    }
  | { readonly kind: 'entity'; readonly action: 'merge'; readonly target: string; readonly into: string }
  | { readonly kind: 'entity'; readonly action: 'split'; readonly target: string }
  | {
      readonly kind: 'outlet';
      readonly action: 'grade';
      readonly target: string;
      readonly grade: ReliabilityGrade;
    }
  | { readonly kind: 'undo'; readonly action: 'undo'; readonly edit: number };

export interface ReviewMeta {
  readonly who: string;
  readonly why: string;
}

export interface ReviewEdit {
  readonly id: number;
  readonly at: string;
  readonly who: string;
  readonly why: string;
  readonly kind: 'claim' | 'assertion' | 'entity' | 'outlet';
  readonly target: string;
  readonly action: string;
  readonly payload: Record<string, unknown>;
  readonly undoneBy: number | null;
}

interface EditRow {
  id: number;
  at: string;
  who: string;
  why: string;
  target_kind: ReviewEdit['kind'];
  target: string;
  action: string;
  payload: string;
  undone_by: number | null;
}

export class ReviewError extends AppError {
  constructor(message: string) {
    super('review', message);
  }
}

/**
 * Analyst edits: appended to the review log, then applied to the derived review state (claim reviews,
 * entity merges, outlet grades) and to the assertions they touch. Claim edits are keyed by claim key, so
 * they hold through re-extraction; an assertion edit is recorded with the claims it covered.
 */
export class ReviewDesk {
  constructor(
    private readonly db: Database,
    private readonly writer: KnowledgeWriter,
  ) {}

  apply(request: ReviewAction, meta: ReviewMeta, work: WorkSet): ReviewEdit {
    if (!meta.who.trim()) throw new ReviewError('say who is reviewing (--who or $ARMSTRACE_REVIEWER)');
    if (!meta.why.trim())
      throw new ReviewError('say why (--why): the review log keeps the reason of every edit');
    if (request.kind === 'undo') return this.undo(request.edit, meta, work);
    const payload = this.payloadOf(request);
    const at = new Date().toISOString();
    const { lastInsertRowid } = this.db
      .prepare(
        'INSERT INTO review_edits (at, who, why, target_kind, target, action, payload) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(at, meta.who, meta.why, request.kind, request.target, request.action, JSON.stringify(payload));
    const edit = this.edit(Number(lastInsertRowid));
    this.effect(edit, work);
    return edit;
  }

  /** Validates the request against the store and returns what the log keeps of it. */
  private payloadOf(request: Exclude<ReviewAction, { kind: 'undo' }>): Record<string, unknown> {
    switch (request.kind) {
      case 'claim': {
        const exists = this.db.prepare('SELECT 1 FROM claims WHERE key = ?').get(request.target);
        if (!exists)
          throw new NotFoundError(
            `no claim ${request.target} (see the claim keys in \`armstrace assertion ID\`)`,
          );
        return request.action === 'correct' ? { correction: this.checkCorrection(request.correction) } : {};
      }
      case 'assertion': {
        const claimKeys = this.db
          .prepare<[string], { key: string }>('SELECT key FROM claims WHERE assertion_id = ? ORDER BY key')
          .all(request.target)
          .map((r) => r.key);
        if (claimKeys.length === 0) throw new NotFoundError(`no assertion ${request.target}`);
        return request.action === 'correct'
          ? { claimKeys, correction: this.checkCorrection(request.correction) }
          : { claimKeys };
      }
      case 'entity': {
        this.requireEntity(request.target);
        if (request.action === 'split') {
          const merged = this.db.prepare('SELECT 1 FROM entity_merges WHERE from_id = ?').get(request.target);
          if (!merged)
            throw new ReviewError(`${request.target} is not merged into anything: nothing to split`);
          return {};
        }
        this.requireEntity(request.into);
        if (this.writer.resolve(request.into) === request.target || request.into === request.target)
          throw new ReviewError(`merging ${request.target} into ${request.into} would make a cycle`);
        return { into: request.into };
      }
      case 'outlet':
        return { grade: request.grade };
    }
  }

  private checkCorrection(correction: unknown): Correction {
    const parsed = CORRECTION_SCHEMA.safeParse(correction);
    if (!parsed.success)
      throw new ReviewError(
        `bad correction: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'correction'}: ${i.message}`).join('; ')}`,
      );
    for (const value of Object.values(parsed.data))
      for (const id of typeof value === 'string' ? [value] : Array.isArray(value) ? value : [])
        if (typeof id === 'string' && /^[a-z]+:/.test(id)) this.requireEntity(id);
    return parsed.data;
  }

  private requireEntity(id: string): void {
    if (!this.db.prepare('SELECT 1 FROM entities WHERE id = ?').get(id))
      throw new NotFoundError(`no entity ${id} (see \`armstrace actor NAME\` for ids)`);
  }

  /** Applies one logged edit to the derived state. */
  private effect(edit: ReviewEdit, work: WorkSet): void {
    switch (edit.kind) {
      case 'claim':
      case 'assertion': {
        const keys = edit.kind === 'claim' ? [edit.target] : (edit.payload.claimKeys as string[]);
        for (const key of keys) this.setClaimReview(key, edit);
        this.writer.regroupClaims(keys, work);
        return;
      }
      case 'entity': {
        const affected = this.idsResolvingTo(edit.target);
        if (edit.action === 'merge') {
          const into = edit.payload.into as string;
          this.db
            .prepare('INSERT OR REPLACE INTO entity_merges (from_id, into_id, edit_id) VALUES (?, ?, ?)')
            .run(edit.target, into, edit.id);
          this.addMergeAlias(edit.target, into);
        } else this.unmerge(edit.target);
        this.writer.regroupClaimsOf(affected, work);
        return;
      }
      case 'outlet': {
        const grade = edit.payload.grade as ReliabilityGrade;
        this.db
          .prepare('INSERT OR REPLACE INTO outlet_grades (outlet, grade, edit_id) VALUES (?, ?, ?)')
          .run(edit.target, grade, edit.id);
        this.writer.regrade(edit.target, work);
      }
    }
  }

  private setClaimReview(key: string, edit: ReviewEdit): void {
    const current = this.db
      .prepare<[string], { status: string; correction: string | null }>(
        'SELECT status, correction FROM claim_reviews WHERE claim_key = ?',
      )
      .get(key);
    const previous = current?.correction ? (JSON.parse(current.correction) as Correction) : null;
    let status: string;
    let correction: Correction | null = previous;
    if (edit.action === 'correct') {
      status = 'corrected';
      correction = { ...(previous ?? {}), ...(edit.payload.correction as Correction) };
    } else if (edit.action === 'confirm') status = previous ? 'corrected' : 'confirmed';
    else status = 'rejected';
    this.db
      .prepare(
        'INSERT OR REPLACE INTO claim_reviews (claim_key, status, correction, edit_id) VALUES (?, ?, ?, ?)',
      )
      .run(key, status, correction ? JSON.stringify(correction) : null, edit.id);
  }

  /** A merged entity's name becomes an alias of what it was merged into, marked as the analyst's. */
  private addMergeAlias(from: string, into: string): void {
    const name = this.db
      .prepare<[string], { name: string }>('SELECT name FROM entities WHERE id = ?')
      .get(from);
    if (name)
      this.db
        .prepare(
          "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, source, articles) VALUES (?, ?, 'analyst', 0)",
        )
        .run(into, name.name);
  }

  /** Ends a merge, and the alias it gave (unless another standing merge into the same entity gives it too). */
  private unmerge(from: string): void {
    const merge = this.db
      .prepare<[string], { into_id: string }>('SELECT into_id FROM entity_merges WHERE from_id = ?')
      .get(from);
    this.db.prepare('DELETE FROM entity_merges WHERE from_id = ?').run(from);
    if (!merge) return;
    const name = this.db
      .prepare<[string], { name: string }>('SELECT name FROM entities WHERE id = ?')
      .get(from)?.name;
    const stillGiven = this.db
      .prepare<[string, string], { n: number }>(
        `SELECT count(*) AS n FROM entity_merges m JOIN entities e ON e.id = m.from_id WHERE m.into_id = ? AND e.name = ?`,
      )
      .get(merge.into_id, name ?? '');
    if (name && !stillGiven?.n)
      this.db
        .prepare("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ? AND source = 'analyst'")
        .run(merge.into_id, name);
  }

  /** The id and every id merged into it, directly or through others. */
  private idsResolvingTo(id: string): string[] {
    const froms = this.db.prepare<[], { from_id: string }>('SELECT from_id FROM entity_merges').all();
    return [
      id,
      ...froms
        .map((r) => r.from_id)
        .filter((f) => f !== id && this.writer.resolve(f) === this.writer.resolve(id)),
    ];
  }

  /** Undo: the edit is marked undone, and the state of its target is replayed from the edits still standing. */
  private undo(editId: number, meta: ReviewMeta, work: WorkSet): ReviewEdit {
    const target = this.edit(editId);
    if (target.action === 'undo')
      throw new ReviewError(`edit ${editId} is an undo itself: redo the edit instead`);
    if (target.undoneBy !== null)
      throw new ReviewError(`edit ${editId} was already undone by edit ${target.undoneBy}`);
    const { lastInsertRowid } = this.db
      .prepare(
        "INSERT INTO review_edits (at, who, why, target_kind, target, action, payload) VALUES (?, ?, ?, ?, ?, 'undo', ?)",
      )
      .run(
        new Date().toISOString(),
        meta.who,
        meta.why,
        target.kind,
        target.target,
        JSON.stringify({ edit: editId }),
      );
    const undoId = Number(lastInsertRowid);
    this.db.prepare('UPDATE review_edits SET undone_by = ? WHERE id = ?').run(undoId, editId);
    const standing = (where: string, ...params: unknown[]) =>
      this.db
        .prepare<unknown[], EditRow>(
          `SELECT * FROM review_edits WHERE undone_by IS NULL AND action != 'undo' AND (${where}) ORDER BY id`,
        )
        .all(...params)
        .map(toEdit);
    if (target.kind === 'claim' || target.kind === 'assertion') {
      const keys = target.kind === 'claim' ? [target.target] : (target.payload.claimKeys as string[]);
      const json = JSON.stringify(keys);
      this.db
        .prepare('DELETE FROM claim_reviews WHERE claim_key IN (SELECT value FROM json_each(?))')
        .run(json);
      const edits = standing(
        `(target_kind = 'claim' AND target IN (SELECT value FROM json_each(@keys)))
          OR (target_kind = 'assertion' AND EXISTS (SELECT 1 FROM json_each(payload, '$.claimKeys') k
                                                  WHERE k.value IN (SELECT value FROM json_each(@keys))))`,
        { keys: json },
      );
      for (const edit of edits) {
        const covered = edit.kind === 'claim' ? [edit.target] : (edit.payload.claimKeys as string[]);
        for (const key of covered) if (keys.includes(key)) this.setClaimReview(key, edit);
      }
      this.writer.regroupClaims(keys, work);
    } else if (target.kind === 'entity') {
      const affected = this.idsResolvingTo(target.target);
      this.unmerge(target.target);
      const last = standing("target_kind = 'entity' AND target = ?", target.target).at(-1);
      if (last?.action === 'merge') {
        const into = last.payload.into as string;
        // Undoing a split brings a merge back; refuse if later merges would now make it a cycle.
        this.writer.forgetMerges();
        if (this.writer.resolve(into) === target.target)
          throw new ReviewError(
            `undoing edit ${editId} would merge ${target.target} into ${into} again, which later merges make a cycle: split those first`,
          );
        this.db
          .prepare('INSERT INTO entity_merges (from_id, into_id, edit_id) VALUES (?, ?, ?)')
          .run(last.target, into, last.id);
        this.addMergeAlias(last.target, into);
      }
      this.writer.regroupClaimsOf(affected, work);
    } else {
      this.db.prepare('DELETE FROM outlet_grades WHERE outlet = ?').run(target.target);
      const last = standing("target_kind = 'outlet' AND target = ? COLLATE NOCASE", target.target).at(-1);
      if (last) this.effect(last, work);
      else this.writer.regrade(target.target, work);
    }
    return this.edit(undoId);
  }

  edit(id: number): ReviewEdit {
    const row = this.db.prepare<[number], EditRow>('SELECT * FROM review_edits WHERE id = ?').get(id);
    if (!row) throw new NotFoundError(`no review edit ${id}`);
    return toEdit(row);
  }

  log(filter: { target?: string; limit?: number } = {}): ReviewEdit[] {
    const rows = filter.target
      ? this.db
          .prepare<[string, number], EditRow>(
            'SELECT * FROM review_edits WHERE target = ? ORDER BY id DESC LIMIT ?',
          )
          .all(filter.target, filter.limit ?? 100)
      : this.db
          .prepare<[number], EditRow>('SELECT * FROM review_edits ORDER BY id DESC LIMIT ?')
          .all(filter.limit ?? 100);
    return rows.map(toEdit);
  }
}

function toEdit(row: EditRow): ReviewEdit {
  return {
    id: row.id,
    at: row.at,
    who: row.who,
    why: row.why,
    kind: row.target_kind,
    target: row.target,
    action: row.action,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    undoneBy: row.undone_by,
  };
}

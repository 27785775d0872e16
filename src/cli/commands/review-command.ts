import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { AppError } from '../../core/errors.js';
import { RELIABILITY_GRADES, type ReliabilityGrade } from '../../kb/model.js';
import type { ReviewAction, ReviewEdit } from '../../kb/sqlite/kb-review.js';
import { openStore } from '../../kb/sqlite/sqlite-knowledge-base.js';
import { dbOption, openForQuestions, resolveActor } from '../kb-options.js';
import { ASSERTION_HEADERS, assertionRow, renderTable } from '../kb-render.js';
import { dbPath, parsePositiveInt } from '../options.js';

interface EditFlags {
  db?: string;
  who?: string;
  why?: string;
  json?: boolean;
}

const reviewer = (flags: EditFlags) => flags.who || process.env.ARMSTRACE_REVIEWER || safeUser();

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** An id of the knowledge base: assertions start "a:", claim keys are "ARTICLE#FINGERPRINT". */
function targetKind(id: string): 'assertion' | 'claim' {
  if (id.startsWith('a:')) return 'assertion';
  if (id.includes('#')) return 'claim';
  throw new InvalidArgumentError('expected an assertion id (a:…) or a claim key (ARTICLE#…)');
}

/** `--set stage=delivery --set supplier=state:PRK --set items='[…]'` → a correction object. */
function collectSet(value: string, previous: Record<string, unknown>): Record<string, unknown> {
  const m = /^([a-z_]+)=(.*)$/s.exec(value);
  if (!m) throw new InvalidArgumentError('expected FIELD=VALUE, e.g. stage=delivery or when=2009-12');
  const [, field, raw] = m as unknown as [string, string, string];
  let parsed: unknown = raw;
  if (raw === 'null') parsed = null;
  else if (/^[[{]/.test(raw)) {
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new InvalidArgumentError(`${field}: not valid JSON`);
    }
  } else if (field === 'when') {
    const [start = '', end = start] = raw.split('..');
    parsed = { start, end };
  } else if (['intermediaries', 'end_users', 'parties'].includes(field))
    parsed = raw.split(',').map((s) => s.trim());
  return { ...previous, [field]: parsed };
}

function describeEdit(e: ReviewEdit): string {
  const payload = Object.keys(e.payload).length
    ? ` ${JSON.stringify(e.action === 'undo' || e.action === 'merge' || e.action === 'grade' ? e.payload : { ...e.payload, claimKeys: undefined })}`
    : '';
  return `#${e.id} ${e.at} ${e.who}: ${e.action} ${e.kind} ${e.target}${payload === ' {}' ? '' : payload} — ${e.why}${e.undoneBy ? ` (undone by #${e.undoneBy})` : ''}`;
}

export function registerReview(program: Command): void {
  const review = program
    .command('review')
    .description(
      'analyst review: confirm, reject or correct claims and assertions, merge and split entities, grade outlets; every edit is logged with who, when and why',
    );

  const run = async (flags: EditFlags, action: ReviewAction) => {
    const store = openStore(dbPath(flags.db));
    try {
      const edit = store.knowledge.review(action, { who: reviewer(flags), why: flags.why ?? '' });
      process.stdout.write(flags.json ? `${JSON.stringify(edit)}\n` : `${describeEdit(edit)}\n`);
    } finally {
      await store.close();
    }
  };
  const editCommand = (name: string, description: string) =>
    review
      .command(name)
      .description(description)
      .addOption(dbOption())
      .option('--who <name>', 'who is reviewing (default: $ARMSTRACE_REVIEWER, else the login name)')
      .requiredOption('--why <reason>', 'why: kept in the review log')
      .option('--json', 'print the logged edit as JSON');

  for (const action of ['confirm', 'reject'] as const)
    editCommand(action, `${action} an assertion (all its claims) or one claim`)
      .argument('<id>', 'assertion id (a:…) or claim key (ARTICLE#…)')
      .action((id: string, flags: EditFlags) => run(flags, { kind: targetKind(id), action, target: id }));

  editCommand(
    'correct',
    'correct fields of a claim or of every claim of an assertion; the correction survives re-extraction',
  )
    .argument('<id>', 'assertion id (a:…) or claim key (ARTICLE#…)')
    .option(
      '--set <field=value>',
      'a field: stage, modality, supplier, recipient, intermediaries, end_users, actor, target, parties, seizer, interdicted_by, items (JSON), when (YYYY[-MM[-DD]][..END]), where; null removes a role (repeatable)',
      collectSet,
      {},
    )
    .option('--json-file <file>', 'the correction as a JSON object in a file')
    .action((id: string, flags: EditFlags & { set: Record<string, unknown>; jsonFile?: string }) => {
      let correction = flags.set;
      if (flags.jsonFile) {
        try {
          correction = { ...(JSON.parse(readFileSync(flags.jsonFile, 'utf8')) as object), ...correction };
        } catch (error) {
          throw new AppError('usage', `${flags.jsonFile}: ${(error as Error).message}`);
        }
      }
      return run(flags, { kind: targetKind(id), action: 'correct', target: id, correction });
    });

  editCommand('merge', 'merge an entity into another (reversible: review split, or review undo)')
    .argument('<from>', 'the entity that goes (name or id)')
    .argument('<into>', 'the entity that stays (name or id)')
    .action(async (from: string, into: string, flags: EditFlags) => {
      // An exact id is taken as given, even when already merged: the name would resolve to what it went into.
      const ids = await withReader(flags.db, (reader) => [
        reader.entity(from)?.id ?? resolveActor(reader, from).id,
        reader.entity(into)?.id ?? resolveActor(reader, into).id,
      ]);
      return run(flags, {
        kind: 'entity',
        action: 'merge',
        target: ids[0] as string,
        into: ids[1] as string,
      });
    });

  editCommand('split', 'undo the merge of an entity: it stands on its own again')
    .argument('<id>', 'the merged entity id')
    .action((id: string, flags: EditFlags) => run(flags, { kind: 'entity', action: 'split', target: id }));

  editCommand('grade', 'set the reliability grade of an outlet (Admiralty A–F); credibility is recomputed')
    .argument('<outlet>', 'outlet name as articles give it')
    .argument('<grade>', 'A, B, C, D, E or F')
    .action((outlet: string, grade: string, flags: EditFlags) => {
      const g = grade.toUpperCase();
      if (!(RELIABILITY_GRADES as readonly string[]).includes(g))
        throw new InvalidArgumentError('grade must be one of A B C D E F');
      return run(flags, { kind: 'outlet', action: 'grade', target: outlet, grade: g as ReliabilityGrade });
    });

  editCommand('undo', 'undo an edit of the log (the undo is logged too)')
    .argument('<edit>', 'edit number (#N in review log)', parsePositiveInt)
    .action((edit: number, flags: EditFlags) => run(flags, { kind: 'undo', action: 'undo', edit }));

  review
    .command('log')
    .description('the review log, latest first')
    .addOption(dbOption())
    .option('--target <id>', 'only edits of this claim, assertion, entity or outlet')
    .option('--limit <n>', 'at most this many', parsePositiveInt, 50)
    .option('--json', 'JSON lines')
    .action(async (flags: { db?: string; target?: string; limit: number; json?: boolean }) => {
      const store = openForQuestions(flags.db);
      try {
        const edits = store.knowledge.reviewLog({
          ...(flags.target ? { target: flags.target } : {}),
          limit: flags.limit,
        });
        process.stdout.write(
          edits.map((e) => (flags.json ? JSON.stringify(e) : describeEdit(e))).join('\n') +
            (edits.length ? '\n' : ''),
        );
      } finally {
        await store.close();
      }
    });

  review
    .command('queue')
    .description('what to review first: contradicted, then least credible unreviewed assertions')
    .addOption(dbOption())
    .option('--limit <n>', 'at most this many', parsePositiveInt, 25)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags: { db?: string; limit: number; format: 'table' | 'json' }) => {
      const store = openForQuestions(flags.db);
      try {
        const reader = store.knowledge.reader;
        const queue = reader.reviewQueue(flags.limit);
        process.stdout.write(
          flags.format === 'json'
            ? `${JSON.stringify(queue, null, 2)}\n`
            : renderTable(
                ASSERTION_HEADERS,
                queue.map((a) => assertionRow(a, (id) => reader.nameOf(id))),
              ),
        );
      } finally {
        await store.close();
      }
    });
}

async function withReader<T>(
  db: string | undefined,
  work: (reader: import('../../kb/sqlite/kb-reader.js').KnowledgeReader) => T,
): Promise<T> {
  const store = openForQuestions(db);
  try {
    return work(store.knowledge.reader);
  } finally {
    await store.close();
  }
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';

/*
 * Reading re3d (github.com/dstl/re3d): each subset folder holds documents.json and entities.json, one
 * mongoexport object per line. Only what scoring needs is read; relations.json is left alone.
 */

const DocumentSchema = z.looseObject({
  _id: z.string().min(1),
  title: z.string().default(''),
  text: z.string(),
});

const EntitySchema = z
  .looseObject({
    documentId: z.string().min(1),
    begin: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    // Any type: one this harness does not know is counted as not attempted, not rejected.
    type: z.string().min(1),
    value: z.string(),
    confidence: z.number().min(0).max(1),
  })
  .refine((e) => e.end > e.begin, 'end is not after begin');

export interface GoldEntity {
  readonly begin: number;
  readonly end: number;
  /** A re3d type (RE3D_TYPES), or another a newer re3d subset may use. */
  readonly type: string;
  readonly value: string;
  /** 0 marks an annotation re3d itself doubts (mostly names nested in a longer annotation). */
  readonly confidence: number;
}

export interface Re3dDocument {
  /** The subset folder's name: `Wikipedia`, `UK Government`. */
  readonly subset: string;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly entities: GoldEntity[];
}

/** A file that could not be read, or a line that was left out: one line naming the file. */
export interface CorpusError {
  readonly file: string;
  readonly message: string;
}

export interface Re3dCorpus {
  readonly dir: string;
  readonly subsets: string[];
  readonly documents: Re3dDocument[];
  readonly errors: CorpusError[];
}

const DOCUMENTS = 'documents.json';
const ENTITIES = 'entities.json';

/**
 * Reads a re3d subset folder, or a folder of subset folders (sorted by name). A subset whose documents or
 * entities cannot be parsed is an error naming the file and line, and is left out whole: scores over part
 * of its gold would mislead. A gold entity whose offsets do not give its value is an error and is left out.
 * A directory that cannot be read or holds no subset is a usage error.
 */
export function loadRe3d(dir: string): Re3dCorpus {
  const folders = subsetFolders(dir);
  const documents: Re3dDocument[] = [];
  const errors: CorpusError[] = [];
  for (const folder of folders) {
    const loaded = loadSubset(folder);
    if (loaded.ok) documents.push(...loaded.documents);
    errors.push(...loaded.errors);
  }
  return { dir, subsets: folders.map((f) => basename(f)), documents, errors };
}

function subsetFolders(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir);
  } catch (error) {
    throw new AppError('eval-re3d-dir', `cannot read the re3d directory ${dir}: ${oneLine(error)}`);
  }
  if (names.includes(DOCUMENTS)) return [dir];
  const folders = names
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => existsSync(join(path, DOCUMENTS)));
  if (folders.length === 0)
    throw new AppError('eval-re3d-dir', `no re3d folder (with ${DOCUMENTS}) in ${dir} or its subfolders`);
  return folders;
}

function loadSubset(
  folder: string,
): { ok: true; documents: Re3dDocument[]; errors: CorpusError[] } | { ok: false; errors: CorpusError[] } {
  const subset = basename(folder);
  const docFile = join(folder, DOCUMENTS);
  const entityFile = join(folder, ENTITIES);
  const docs = readLines(docFile, DocumentSchema);
  if (!docs.ok) return { ok: false, errors: [docs.error] };
  const entities = readLines(entityFile, EntitySchema);
  if (!entities.ok) return { ok: false, errors: [entities.error] };
  const byId = new Map<string, Re3dDocument>();
  for (const { value: d } of docs.rows) {
    byId.set(d._id, { subset, id: d._id, title: d.title, text: d.text, entities: [] });
  }
  const errors: CorpusError[] = [];
  for (const { line, value: e } of entities.rows) {
    const doc = byId.get(e.documentId);
    if (!doc) {
      errors.push({ file: entityFile, message: `line ${line}: no document ${e.documentId} in ${DOCUMENTS}` });
      continue;
    }
    // re3d writes a value that runs across a line break with a space there: compare modulo white space.
    if (squash(doc.text.slice(e.begin, e.end)) !== squash(e.value)) {
      errors.push({
        file: entityFile,
        message: `line ${line}: begin..end ${e.begin}..${e.end} does not give the value ${JSON.stringify(e.value)}`,
      });
      continue;
    }
    doc.entities.push({ begin: e.begin, end: e.end, type: e.type, value: e.value, confidence: e.confidence });
  }
  return { ok: true, documents: [...byId.values()], errors };
}

/** White space runs as one space, trimmed: how values and mention texts are compared and listed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readLines<T>(
  file: string,
  schema: z.ZodType<T>,
): { ok: true; rows: { line: number; value: T }[] } | { ok: false; error: CorpusError } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, error: { file, message: `cannot read: ${oneLine(error)}` } };
  }
  const rows: { line: number; value: T }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).trim();
    if (raw === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      return { ok: false, error: { file, message: `line ${i + 1}: ${oneLine(error)}` } };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return { ok: false, error: { file, message: `line ${i + 1}: ${path}${issue?.message ?? 'invalid'}` } };
    }
    rows.push({ line: i + 1, value: parsed.data });
  }
  return { ok: true, rows };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}

import { InvalidArgumentError } from 'commander';
import { MAPPED_FIELDS, type MappedField } from '../ingest/reader.js';

export const DEFAULT_DB = 'armstrace.db';

/** The store path: --db, else $ARMSTRACE_DB, else ./armstrace.db. */
export function dbPath(option: string | undefined): string {
  return option || process.env.ARMSTRACE_DB || DEFAULT_DB;
}

/** "50MB", "512k", "1048576" → bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50MB, 512KB or 1048576');
  const unit = (m[2] ?? 'b').toLowerCase()[0] as string;
  const factor = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  if (bytes < 1) throw new InvalidArgumentError('must be at least 1 byte');
  return bytes;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

export function parseNonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return n;
}

/** A score floor: a number from 0 to 1 ("0.45", "1"). */
export function parseFraction(value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.5');
  return n;
}

/** Accumulates `--field text=body` into a field map. */
export function collectFieldMapping(
  value: string,
  previous: Partial<Record<MappedField, string>>,
): Partial<Record<MappedField, string>> {
  const m = /^([a-z]+)=(.+)$/.exec(value);
  if (!m || !(MAPPED_FIELDS as readonly string[]).includes(m[1] as string)) {
    throw new InvalidArgumentError(`expected FIELD=COLUMN with FIELD one of ${MAPPED_FIELDS.join(', ')}`);
  }
  return { ...previous, [m[1] as MappedField]: m[2] as string };
}

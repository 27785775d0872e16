import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';

/**
 * Where bytes come from: a file or stdin. Readers look at the head to choose a format, then either take
 * the whole content (bounded by a size limit) or stream it. Errors surface as rejected promises or stream
 * errors carrying the Node error code, which `describeIoError` turns into one line.
 */
export interface InputSource {
  /** The path as the user gave it (or found under a directory), or `<stdin>`. */
  readonly name: string;
  /** Lower-case extension with its dot, '' when none. */
  readonly extension: string;
  /** First bytes, at most `n`. */
  head(n: number): Promise<Buffer>;
  /** All bytes; rejects with a `TooLargeError` past `limit`. */
  readAll(limit: number): Promise<Buffer>;
  /** The whole content as a byte stream (the head included). */
  stream(): Readable;
}

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`over the size limit of ${formatBytes(limit)} (raise it with --max-bytes)`);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} bytes`;
}

/**
 * A file on disk. Reads are synchronous on purpose: ingest reads many small files one after another, and
 * a round trip through the thread pool per open/read/close cost more than the reading (measured: 3× slower
 * on a folder of 5,000 articles). Whole-file reads are bounded by the size limit; large inputs stream.
 */
export function fileSource(path: string): InputSource {
  return {
    name: path,
    extension: extname(path).toLowerCase(),
    async head(n) {
      const fd = openSync(path, 'r');
      try {
        const buffer = Buffer.allocUnsafe(n);
        const bytesRead = readSync(fd, buffer, 0, n, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        closeSync(fd);
      }
    },
    async readAll(limit) {
      const fd = openSync(path, 'r');
      try {
        if (fstatSync(fd).size > limit) throw new TooLargeError(limit);
        // readFileSync reads to EOF, so a file that grew since fstat is caught by the check below.
        const bytes = readFileSync(fd);
        if (bytes.length > limit) throw new TooLargeError(limit);
        return bytes;
      } finally {
        closeSync(fd);
      }
    },
    stream: () => createReadStream(path, { highWaterMark: 256 * 1024 }),
  };
}

/** stdin as a source that can be peeked once and then streamed or read whole. */
export function streamSource(name: string, input: NodeJS.ReadableStream): InputSource {
  const iterator = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let bufferedBytes = 0;
  let ended = false;
  async function fill(n: number): Promise<void> {
    while (!ended && bufferedBytes < n) {
      const next = await iterator.next();
      if (next.done) ended = true;
      else {
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        buffered.push(chunk);
        bufferedBytes += chunk.length;
      }
    }
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* buffered;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return {
    name,
    extension: '',
    async head(n) {
      await fill(n);
      return Buffer.concat(buffered).subarray(0, n);
    },
    async readAll(limit) {
      await fill(limit + 1);
      if (bufferedBytes > limit) throw new TooLargeError(limit);
      return Buffer.concat(buffered);
    },
    stream: () => Readable.from(all()),
  };
}

/** Extensions read when walking a directory; other files there (images, archives) are skipped, not errors. */
export const ARTICLE_EXTENSIONS = new Set([
  '',
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.xhtml',
  '.xml',
  '.rss',
  '.atom',
  '.jsonl',
  '.ndjson',
  '.csv',
  '.tsv',
]);

export type PathEntry =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'missing'; readonly path: string; readonly code: string; readonly message: string };

/**
 * Expands the user's paths: files as given, directories recursively in sorted order (hidden entries and
 * symlinked directories are not followed, which rules out loops). Lazy, so a million-file tree starts at once.
 */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<PathEntry> {
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'missing', path, ...describeIoError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path);
    else yield { kind: 'file', path };
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<PathEntry> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'missing', path: dir, ...describeIoError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path);
    else if (!ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      yield { kind: 'skipped', path, reason: 'not an article file type' };
    } else if (entry.isFile() || entry.isSymbolicLink()) yield { kind: 'file', path };
  }
}

/** A Node I/O error as a stable code and a one-line reason. */
export function describeIoError(error: unknown): { code: string; message: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EIO';
  const reasons: Record<string, string> = {
    ENOENT: 'no such file (missing, or removed while reading)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
  };
  return { code, message: reasons[code] ?? `cannot read (${code}: ${(error as Error)?.message ?? error})` };
}

import {
  closeSync,
  createReadStream,
  type Dirent,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';

/**
 * Where bytes come from: a file, a pipe or stdin. Readers look at the head to choose a format, then either
 * take the whole content (bounded by a size limit) or stream it. Errors surface as rejected promises or
 * stream errors carrying the Node error code, which `describeIoError` turns into one line.
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
  /** Releases what the source opened itself (the stream on a pipe or device); reading is over. */
  close?(): void;
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

const CHUNK_BYTES = 256 * 1024;

/**
 * A file on disk. Reads are synchronous on purpose: ingest reads many small files one after another, and
 * a round trip through the thread pool per open/read/close cost more than the reading (measured: 3× slower
 * on a folder of 5,000 articles). Whole-file reads are bounded by the size limit; large inputs stream.
 *
 * A path that names a pipe, a FIFO or a device (`<(cmd)`, `/dev/stdin`) cannot be read at an offset or
 * sized in advance, and opening a FIFO blocks until a writer comes: it is streamed like stdin, opened off
 * the main thread, with the size limit counted as the bytes arrive.
 */
export function fileSource(path: string): InputSource {
  const extension = extname(path).toLowerCase();
  let special: InputSource | null | undefined;
  const asStream = (): InputSource | null => {
    if (special === undefined) {
      let info: Stats | undefined;
      try {
        info = statSync(path);
      } catch {
        // A missing or unreadable path fails when it is opened, with the reason.
      }
      special =
        info === undefined || info.isFile() || info.isDirectory()
          ? null
          : streamSource(path, createReadStream(path, { highWaterMark: CHUNK_BYTES }), {
              extension,
              owned: true,
            });
    }
    return special;
  };
  return {
    name: path,
    extension,
    async head(n) {
      const stream = asStream();
      if (stream) return stream.head(n);
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
      const stream = asStream();
      if (stream) return stream.readAll(limit);
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
    stream: () => asStream()?.stream() ?? createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    close: () => special?.close?.(),
  };
}

export interface StreamSourceOptions {
  /** Lower-case extension with its dot, for choosing a reader; '' by default. */
  readonly extension?: string;
  /** The source opened the stream itself, so `close` destroys it (stdin is left open). */
  readonly owned?: boolean;
}

/**
 * A byte stream (stdin, a pipe) as a source that can be peeked once and then streamed or read whole. The
 * head stays buffered; a whole read stops one chunk past the limit, whatever the stream's length.
 */
export function streamSource(
  name: string,
  input: NodeJS.ReadableStream,
  options: StreamSourceOptions = {},
): InputSource {
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
    extension: options.extension ?? '',
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
    close() {
      if (options.owned) (input as Readable).destroy?.();
    },
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
 * Expands the user's paths: files as given (pipes and devices included: the user named them),
 * directories recursively in sorted order. Inside directories, hidden entries are left out, symbolic links
 * to directories are not followed (which rules out loops) and pipes, sockets and devices are skipped. Lazy,
 * so a million-file tree starts at once.
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

/** Why a directory entry that is neither a file nor a directory is not read, or null for a file. */
function notAFile(entry: Dirent | Stats): string | null {
  if (entry.isFile()) return null;
  if (entry.isFIFO()) return 'a named pipe (FIFO), not a file';
  if (entry.isSocket()) return 'a socket, not a file';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device, not a file';
  return 'not a regular file';
}

async function* walkDirectory(dir: string): AsyncGenerator<PathEntry> {
  let entries: Dirent[];
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
    if (entry.isDirectory()) {
      yield* walkDirectory(path);
      continue;
    }
    const articleType = ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase());
    let kind: Dirent | Stats = entry;
    if (entry.isSymbolicLink()) {
      try {
        kind = await stat(path);
      } catch (error) {
        // A dangling link named like an article is reported; other dangling links are not ours to read.
        if (articleType) yield { kind: 'missing', path, ...describeIoError(error) };
        else yield { kind: 'skipped', path, reason: 'not an article file type' };
        continue;
      }
      if (kind.isDirectory()) {
        yield { kind: 'skipped', path, reason: 'symbolic link to a directory, not followed' };
        continue;
      }
    }
    const reason = articleType ? notAFile(kind) : 'not an article file type';
    if (reason === null) yield { kind: 'file', path };
    else yield { kind: 'skipped', path, reason };
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
    ENXIO: 'cannot be opened (a socket, or a device that is not there)',
  };
  return { code, message: reasons[code] ?? `cannot read (${code}: ${(error as Error)?.message ?? error})` };
}

import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../core/article.js';
import type { InputProblem } from '../core/problem.js';
import { readSource } from './ingest.js';
import { expandPaths, fileSource, type PathEntry, TooLargeError } from './input-source.js';
import { DEFAULT_READ_OPTIONS } from './reader.js';

const posix = process.platform !== 'win32';
const ARTICLE = 'Navy buys frigates\n\nThe navy has ordered four new frigates from the national shipyard.\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'armstrace-input-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

/** Writes to a FIFO once a reader opens it; a reader that stops early is not an error here. */
function writeTo(path: string, content: string | Buffer): void {
  const writer = createWriteStream(path);
  writer.on('error', () => {});
  writer.end(content);
}

async function read(path: string, maxBytes = DEFAULT_READ_OPTIONS.maxBytes) {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const source = fileSource(path);
  try {
    for await (const result of readSource(source, { ...DEFAULT_READ_OPTIONS, maxBytes })) {
      if (result.ok) articles.push(result.value);
      else problems.push(result.problem);
    }
  } finally {
    source.close?.();
  }
  return { articles, problems };
}

describe.skipIf(!posix)('fileSource on pipes and devices', () => {
  it('reads a named pipe as a stream (no ESPIPE from reading at an offset)', async () => {
    const path = fifo('piped.txt');
    writeTo(path, ARTICLE);
    const { articles, problems } = await read(path);
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ['Navy buys frigates', 'The navy has ordered four new frigates from the national shipyard.'],
    ]);
  }, 5_000);

  it('streams a JSONL pipe line by line', async () => {
    const path = fifo('wire.jsonl');
    const line = JSON.stringify({ id: 'p-1', text: 'The navy has ordered four new frigates from the yard.' });
    writeTo(path, `${line}\n${line.replace('p-1', 'p-2')}\n`);
    const { articles } = await read(path);
    expect(articles.map((a) => a.id)).toEqual(['p-1', 'p-2']);
  }, 5_000);

  it('enforces the size limit while reading a pipe', async () => {
    const path = fifo('big.txt');
    writeTo(path, `${ARTICLE}${'More text about the frigates. '.repeat(2000)}`);
    const { articles, problems } = await read(path, 10_000);
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      {
        code: 'too-large',
        source: path,
        message: 'text file is over the size limit of 10 KiB (raise it with --max-bytes)',
      },
    ]);
  }, 5_000);

  it('stops reading an endless device at the size limit', async () => {
    const source = fileSource('/dev/zero');
    try {
      await expect(source.readAll(100_000)).rejects.toBeInstanceOf(TooLargeError);
    } finally {
      source.close?.();
    }
  }, 5_000);

  it('reads /dev/null as an empty file', async () => {
    expect((await read('/dev/null')).problems).toEqual([
      { code: 'empty', source: '/dev/null', message: 'empty file' },
    ]);
  });
});

describe.skipIf(!posix)('expandPaths', () => {
  async function entries(...paths: string[]): Promise<PathEntry[]> {
    const out: PathEntry[] = [];
    for await (const entry of expandPaths(paths)) out.push(entry);
    return out;
  }

  it('skips pipes and links to directories inside a directory, and follows links to files', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'sub', 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'outside.txt'), ARTICLE);
    symlinkSync(join(tree, 'sub'), join(tree, 'b-link-to-dir'));
    symlinkSync(join(dir, 'outside.txt'), join(tree, 'c-link.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(tree, 'd-dangling.txt'));
    symlinkSync(join(dir, 'nowhere.png'), join(tree, 'e-dangling.png'));
    execFileSync('mkfifo', [join(tree, 'f-pipe.txt')]);
    expect(await entries(tree)).toEqual([
      {
        kind: 'skipped',
        path: join(tree, 'b-link-to-dir'),
        reason: 'symbolic link to a directory, not followed',
      },
      { kind: 'file', path: join(tree, 'c-link.txt') },
      {
        kind: 'missing',
        path: join(tree, 'd-dangling.txt'),
        code: 'ENOENT',
        message: 'no such file (missing, or removed while reading)',
      },
      { kind: 'skipped', path: join(tree, 'e-dangling.png'), reason: 'not an article file type' },
      { kind: 'skipped', path: join(tree, 'f-pipe.txt'), reason: 'a named pipe (FIFO), not a file' },
      { kind: 'file', path: join(tree, 'sub', 'a.txt') },
    ]);
  });

  it('reads a pipe or a device named explicitly', async () => {
    const path = fifo('named.txt');
    expect(await entries(path, '/dev/null')).toEqual([
      { kind: 'file', path },
      { kind: 'file', path: '/dev/null' },
    ]);
  });
});

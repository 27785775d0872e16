import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACT_DIR = fileURLToPath(new URL('.', import.meta.url));
const GAZETTEER_DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

let cached: string | null = null;

/**
 * Names the extractor that produced a stored extraction: the package version and a hash of the
 * extraction code and gazetteer data as installed. Any change to either gives a new name, and
 * `armstrace reextract` then knows which articles to redo.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const files = (dir: string, keep: (name: string) => boolean): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter(keep)
      .sort()
      .map((name) => join(dir, name));
  const code = files(
    EXTRACT_DIR,
    (name) => /\.(js|ts)$/.test(name) && !/\.(test|d)\.ts$/.test(name) && !name.endsWith('.d.ts'),
  );
  for (const file of [...code, ...files(GAZETTEER_DIR, (name) => name.endsWith('.json'))]) {
    hash.update(file.slice(file.lastIndexOf('/') + 1));
    hash.update(readFileSync(file));
  }
  cached = `armstrace-${PACKAGE_VERSION}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}

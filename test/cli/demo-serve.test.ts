import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'armstrace-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('armstrace demo --serve (npm start)', () => {
  it('creates the store, ingests the seed, serves the web app and the API, prints the URL, stops on SIGTERM', async () => {
    const db = join(dir, 'start.db');
    const child = spawn(process.execPath, [CLI, 'demo', '--serve', '--port', '0', '--db', db], {
      env: { ...process.env, NO_COLOR: '1', ARMSTRACE_DB: '' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${stdout}`)), 60_000);
        child.stdout.on('data', () => {
          const m = /The web app is at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
          if (m) {
            clearTimeout(timer);
            resolve(m[1] as string);
          }
        });
        child.on('exit', () => reject(new Error(`exited before serving:\n${stdout}`)));
      });
      expect(stdout).toContain(`Created the store ${db}: 1 articles`);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toMatch(/<div id="app">|npm run build/);
      const search = (await (await fetch(`${url}/api/search?q=bangkok`)).json()) as {
        hits: { id: string }[];
      };
      expect(search.hits[0]?.id).toBe('2701141');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});

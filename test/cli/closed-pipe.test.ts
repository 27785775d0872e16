import { describe, expect, it } from 'vitest';
import { startCli } from './run-cli.js';

/* `armstrace extract … | head`: the reader closes the pipe early; the CLI stops quietly, exit 0. */
describe('a reader that stops reading', () => {
  it('ends extract quietly, without a stack trace', async () => {
    const child = startCli([
      'extract',
      'samples/000_b07c66c74a7c42d3.txt',
      'samples/000_b07c66c74a7c42d3.txt',
      'test/fixtures/jsonl',
      '--format',
      'pretty',
      '--explain',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Like `head -1`: read one chunk, then close our end of the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).not.toMatch(/internal error|EPIPE|at .*\.js/);
    expect(code).toBe(0);
  });
});

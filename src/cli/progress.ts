/**
 * Progress on stderr for long runs: a line redrawn in place on a terminal, a plain line every few seconds
 * otherwise (logs, CI). Silent for short runs: nothing is printed before the first interval passes.
 */
export interface Progress {
  update(counts: string): void;
  /** Print a line above the progress line (a problem report) without garbling it. */
  log(line: string): void;
  done(): void;
}

export function createProgress(
  stream: NodeJS.WriteStream,
  enabled: boolean,
  intervalMs?: number,
  /** What the run is doing, for the line: `ingesting… 1,200 articles …`. */
  label = 'ingesting',
): Progress {
  const tty = stream.isTTY === true;
  const every = intervalMs ?? (tty ? 200 : 5000);
  const startedAt = Date.now();
  let lastDraw = startedAt;
  let shown = false;
  let latest = '';
  const clear = () => {
    if (tty && shown) stream.write('\r\x1b[K');
  };
  return {
    update(counts) {
      latest = counts;
      const now = Date.now();
      if (!enabled || now - lastDraw < every) return;
      lastDraw = now;
      const elapsed = ((now - startedAt) / 1000).toFixed(0);
      if (tty) {
        clear();
        stream.write(`${label}… ${latest} · ${elapsed}s`);
        shown = true;
      } else stream.write(`${label}… ${latest} · ${elapsed}s\n`);
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
      if (tty && shown) stream.write(`${label}… ${latest}`);
    },
    done() {
      clear();
      shown = false;
    },
  };
}

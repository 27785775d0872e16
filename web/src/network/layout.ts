/**
 * A small force-directed layout (Fruchterman–Reingold with gravity), deterministic: the same graph is
 * drawn the same way every time. Enough for the few hundred actors a news corpus names; larger graphs get
 * fewer iterations.
 */
export interface Point {
  x: number;
  y: number;
}

export function forceLayout(
  ids: readonly string[],
  links: readonly { source: string; target: string; weight: number }[],
): Map<string, Point> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  // A sunflower spiral: spread out, no randomness.
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt(i + 0.5);
    xs[i] = Math.cos(i * golden) * r;
    ys[i] = Math.sin(i * golden) * r;
  }
  const pairs = links
    .map((l) => [index.get(l.source), index.get(l.target), 1 + Math.log2(1 + l.weight)] as const)
    .filter(
      (p): p is readonly [number, number, number] =>
        p[0] !== undefined && p[1] !== undefined && p[0] !== p[1],
    );
  const k = Math.sqrt((4 * Math.max(n, 1)) / Math.max(n, 1));
  const iterations = n > 1500 ? 40 : n > 500 ? 90 : 300;
  let temperature = Math.sqrt(n) * 0.6;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = (xs[i] as number) - (xs[j] as number);
        let y = (ys[i] as number) - (ys[j] as number);
        let d2 = x * x + y * y;
        if (d2 < 1e-6) {
          x = 0.01 * (i - j);
          y = 0.01;
          d2 = x * x + y * y;
        }
        const f = (k * k) / d2;
        dx[i] = (dx[i] as number) + x * f;
        dy[i] = (dy[i] as number) + y * f;
        dx[j] = (dx[j] as number) - x * f;
        dy[j] = (dy[j] as number) - y * f;
      }
    }
    for (const [a, b, w] of pairs) {
      const x = (xs[a] as number) - (xs[b] as number);
      const y = (ys[a] as number) - (ys[b] as number);
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const f = (d * w) / k;
      dx[a] = (dx[a] as number) - (x / d) * f;
      dy[a] = (dy[a] as number) - (y / d) * f;
      dx[b] = (dx[b] as number) + (x / d) * f;
      dy[b] = (dy[b] as number) + (y / d) * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps unconnected parts in view.
      dx[i] = (dx[i] as number) - (xs[i] as number) * 0.08 * k;
      dy[i] = (dy[i] as number) - (ys[i] as number) * 0.08 * k;
      const len = Math.hypot(dx[i] as number, dy[i] as number) || 1;
      const step = Math.min(len, temperature);
      xs[i] = (xs[i] as number) + ((dx[i] as number) / len) * step;
      ys[i] = (ys[i] as number) + ((dy[i] as number) / len) * step;
    }
    temperature = Math.max(temperature * 0.97, 0.01);
  }
  return new Map(ids.map((id, i) => [id, { x: xs[i] as number, y: ys[i] as number }]));
}

export interface Tally {
  readonly text: string;
  readonly count: number;
}

/** Counts of strings, for the most frequent errors. */
export class Tallies {
  private readonly counts = new Map<string, number>();

  add(text: string): void {
    this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
  }

  /** The `n` most frequent, ties in alphabetical order so that reports are stable. */
  top(n: number): Tally[] {
    return [...this.counts]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
      .slice(0, n);
  }
}

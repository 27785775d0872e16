import { describe, expect, it } from 'vitest';
import { alignCleaned } from './align.js';

describe('alignCleaned', () => {
  it('feeds paragraphs as ingest makes them and maps spans back to the original', () => {
    const original =
      'The frigate Almirante\u00a0Lynch sailed.\nIt  reached Arica on Monday. \nCrews cheered.';
    const a = alignCleaned(original);
    expect(a.cleaned).toBe(
      'The frigate Almirante Lynch sailed.\n\nIt reached Arica on Monday.\n\nCrews cheered.',
    );
    for (const word of ['Almirante Lynch', 'Arica', 'Monday', 'Crews cheered', 'It reached']) {
      const at = a.cleaned.indexOf(word);
      const back = a.toOriginal(at, at + word.length);
      expect(original.slice(back.start, back.end).replace(/\s+/g, ' ')).toBe(word);
    }
  });

  it('keeps the original when cleaning changes more than spacing', () => {
    // A decomposed "é": cleaning composes it (NFC), so offsets could not be mapped one to one.
    const original = 'Valparai\u0301so port';
    const a = alignCleaned(original);
    expect(a.cleaned).toBe(original);
    expect(a.toOriginal(3, 7)).toEqual({ start: 3, end: 7 });
  });
});

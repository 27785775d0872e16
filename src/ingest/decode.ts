/**
 * Bytes to text. News arrives as UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, or a legacy Windows-1252 /
 * Latin-1 export. Valid UTF-8 is taken as UTF-8; anything else is decoded as Windows-1252 (a superset of
 * the printable Latin-1 range, what browsers do for "latin1"), with a warning rather than mojibake.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  readonly warnings: readonly string[];
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** True when the bytes look like a binary file: NUL bytes or many control bytes in the head. */
export function looksBinary(head: Uint8Array): boolean {
  if (bomEncoding(head)?.startsWith('utf-16')) return false;
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i] as number;
    if (b === 0) return true;
    // Control bytes other than tab, LF, FF, CR, ESC: rare in text, common in binaries.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function bomEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** True when `bytes` are valid UTF-8, allowing a multi-byte sequence cut off at the very end (a head sample). */
export function isUtf8(bytes: Uint8Array, truncated = false): boolean {
  let end = bytes.length;
  if (truncated) {
    // Back off over a trailing incomplete sequence: at most 3 continuation bytes and its lead byte.
    let i = end - 1;
    while (i >= 0 && i > end - 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
    if (i >= 0 && (bytes[i] as number) >= 0xc0) end = i;
  }
  try {
    utf8Fatal.decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Decodes a whole buffer, choosing the encoding as described above. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    // TextDecoder strips the BOM itself (ignoreBOM: false).
    return { text: new TextDecoder(bom).decode(bytes), encoding: bom, warnings: [] };
  }
  try {
    return { text: utf8Fatal.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: cp1252.decode(bytes),
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8: decoded as Windows-1252 (Latin-1)'],
    };
  }
}

/** Chooses the encoding of a stream from its head: the BOM, else UTF-8 if the head is valid UTF-8. */
export function sniffStreamEncoding(head: Uint8Array): Encoding {
  return bomEncoding(head) ?? (isUtf8(head, true) ? 'utf-8' : 'windows-1252');
}

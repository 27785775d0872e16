import iconv from 'iconv-lite';

/**
 * Bytes to text. News arrives as UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, or a legacy export. A BOM
 * decides; valid UTF-8 is taken as UTF-8; UTF-8 spoilt by a few stray bytes (at most as many as its valid
 * multi-byte characters) stays UTF-8, the stray bytes replaced by U+FFFD with a warning; anything else is
 * decoded in the charset the document declares (`<meta charset>`, `<?xml encoding?>`) when iconv-lite knows
 * it, else as Windows-1252 (a superset of the printable Latin-1 range, what browsers do for "latin1"), with
 * a warning rather than mojibake.
 *
 * Legacy charsets go through iconv-lite: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * control characters, losing ’ “ ” € and friends.
 */

export type Encoding = string;

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  readonly warnings: readonly string[];
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Replacing = new TextDecoder('utf-8', { ignoreBOM: false });
const FALLBACK = 'windows-1252';
// How far into a document its charset declaration is looked for: pages put scripts and styles before it.
const DECLARATION_BYTES = 16 * 1024;

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
    // Back off over a trailing incomplete sequence only: a lead byte followed by fewer continuation bytes
    // than it announces. Anything else at the end (a stray continuation byte, 0xFF) is left to fail.
    let lead = end - 1;
    while (lead >= 0 && lead > end - 4 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
    const b = bytes[lead] as number;
    const expected = b >= 0xf5 ? 0 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    if (lead >= 0 && expected > end - lead) end = lead;
  }
  try {
    utf8Fatal.decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** The charset a document declares in its head (HTML meta, XML declaration), if iconv-lite knows it. */
export function declaredCharset(head: Uint8Array): string | null {
  const ascii = Buffer.from(head.subarray(0, DECLARATION_BYTES)).toString('latin1');
  const m =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(ascii) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii);
  const charset = m?.[1]?.toLowerCase() ?? null;
  return charset && iconv.encodingExists(charset) ? charset : null;
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
    const census = utf8Census(bytes);
    if (isMostlyUtf8(census)) {
      const { invalid } = census;
      return {
        text: utf8Replacing.decode(bytes),
        encoding: 'utf-8',
        warnings: [
          `invalid UTF-8 bytes replaced with U+FFFD (${invalid} byte${invalid === 1 ? '' : 's'}; the rest is valid UTF-8)`,
        ],
      };
    }
    const declared = declaredCharset(bytes);
    const encoding = declared && !/^utf-?8$/.test(declared) ? declared : FALLBACK;
    const why =
      declared === encoding ? `decoded as declared (${encoding})` : 'decoded as Windows-1252 (Latin-1)';
    return {
      text: iconv.decode(Buffer.from(bytes), encoding),
      encoding,
      warnings: [`not valid UTF-8: ${why}`],
    };
  }
}

/** What the non-ASCII bytes of a text say about it being UTF-8. */
export interface Utf8Census {
  /** Valid multi-byte characters that are likely in text: below U+0800 (Latin, Greek, Cyrillic, Hebrew,
   * Arabic…), general punctuation and currency signs (’ “ — €), and 4-byte ones (emoji). */
  readonly likely: number;
  /** Other valid 3-byte characters (CJK, Indic…): one alone among legacy bytes is often an accident,
   * an accented letter and two punctuation marks ("é’€" is U+9480 in UTF-8). */
  readonly other: number;
  /** Bytes that are not part of a valid character (stray continuation bytes, overlong forms, surrogates,
   * a sequence cut short). */
  readonly invalid: number;
}

/** Counts the valid multi-byte UTF-8 characters in `bytes`, by kind, and the invalid bytes. */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  let likely = 0;
  let other = 0;
  let invalid = 0;
  const continuation = (i: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i];
    return b !== undefined && b >= low && b <= high;
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
    } else if (b >= 0xc2 && b <= 0xdf && continuation(i + 1)) {
      likely++;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      if (continuation(i + 1, low, high) && continuation(i + 2)) {
        const codePoint = ((b & 0x0f) << 12) | (((bytes[i + 1] as number) & 0x3f) << 6);
        if (codePoint >= 0x2000 && codePoint < 0x20d0) likely++;
        else other++;
        i += 3;
      } else {
        invalid++;
        i++;
      }
    } else if (
      b >= 0xf0 &&
      b <= 0xf4 &&
      continuation(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) &&
      continuation(i + 2) &&
      continuation(i + 3)
    ) {
      likely++;
      i += 4;
    } else {
      invalid++;
      i++;
    }
  }
  return { likely, other, invalid };
}

/**
 * True when bytes that are not valid UTF-8 are still UTF-8 with a few stray bytes: its valid multi-byte
 * characters are at least as many as the invalid bytes. A lone CJK-range character does not count: in
 * legacy text one turns up by accident; several are a CJK text.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  return isMostlyUtf8(utf8Census(bytes));
}

function isMostlyUtf8({ likely, other, invalid }: Utf8Census): boolean {
  const evidence = likely + (other >= 2 ? other : 0);
  return evidence > 0 && invalid <= evidence;
}

/**
 * Chooses the encoding of a stream from its head: the BOM, else UTF-8 if the head is valid UTF-8 or
 * mostly so (its stray bytes become U+FFFD when the stream is decoded).
 */
export function sniffStreamEncoding(head: Uint8Array): Encoding {
  return bomEncoding(head) ?? (isUtf8(head, true) || mostlyUtf8(head) ? 'utf-8' : FALLBACK);
}

/** Decodes a chunk stream in `encoding` (any charset iconv-lite knows), yielding text chunks. */
export async function* decodeChunks(
  chunks: AsyncIterable<Buffer>,
  encoding: Encoding,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Decodes a head sample for sniffing (a character cut at the end is harmless). */
export function decodeHead(head: Uint8Array): string {
  return iconv.decode(Buffer.from(head), sniffStreamEncoding(head));
}

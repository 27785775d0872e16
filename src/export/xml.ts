/**
 * What the XML exports (GraphML, GEXF) need to write text that any parser accepts. Names and evidence come
 * from articles, so they can hold anything: markup characters are escaped, and characters XML 1.0 cannot
 * hold at all (control characters, U+FFFE/U+FFFF, lone surrogates) are removed — there is no way to
 * escape them.
 */

// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the
// `u` flag a lone surrogate is one code point outside these ranges, so it is removed too.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Element content. */
export function xmlText(text: string): string {
  return xmlChars(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * An attribute value in double quotes. Tab, LF and CR are written as character references: a parser
 * normalizes literal ones to spaces (XML 1.0 §3.3.3), and the references survive.
 */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');
}

/**
 * A value for an attribute typed NMTOKEN (GraphML's node and edge ids): ASCII letters, digits and `._:-`
 * pass, any other character is written `_xHHHH_` (its code point in hex), as XML name encoders do. An id that
 * already holds `_x` has its `_` encoded too, so two different ids never give one token.
 */
export function xmlNameToken(id: string): string {
  return [...id]
    .map((ch, i, all) =>
      /^[A-Za-z0-9.:-]$/.test(ch) || (ch === '_' && all[i + 1] !== 'x')
        ? ch
        : `_x${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .join('');
}

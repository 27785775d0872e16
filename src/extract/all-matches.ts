/**
 * Every match of a global regex in `text`, the same ones `text.matchAll(re)` yields. matchAll copies the
 * regex on each call; the extractors run a dozen of them over every article, so this reuses `re` (its
 * lastIndex is reset first and is back at 0 afterwards).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global regex: ${re}`);
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    matches.push(m);
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return matches;
}

/** The spec's AdvanceStringIndex: one code unit, or a whole surrogate pair in a Unicode regex. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

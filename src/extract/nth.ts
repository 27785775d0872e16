/**
 * `list[index]`, undefined below 0 as above the end. Stages look at the tokens before a match, and in V8 a
 * negative index is no array index: `tokens[-1]` looks up a property named "-1" through the prototype
 * chain, microseconds each time; this check keeps it off the hot path.
 */
export function nth<T>(list: readonly T[], index: number): T | undefined {
  return index >= 0 ? list[index] : undefined;
}

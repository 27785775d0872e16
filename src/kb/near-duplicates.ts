/**
 * Near-duplicate articles: one story carried by many outlets (wire copies, reposts, an update with one
 * paragraph more, a new headline, boilerplate around it) must count once as evidence. Articles are
 * compared by MinHash signatures of their word shingles; LSH banding finds candidates without comparing
 * all pairs; candidates are verified by estimated Jaccard similarity and grouped with union-find into
 * stories, a story named after its earliest-published article.
 *
 * Everything is deterministic across runs and platforms (fixed seeds, integer arithmetic, no
 * locale-dependent steps), so signatures and band keys can be stored and compared later. The SQLite store
 * keeps `(band key) → article` rows and reuses the pure functions below (`lshBandKeys`,
 * `verifiedNearDuplicates`, `storyIdOf`); `NearDuplicateIndex` is the same logic in memory.
 */

export interface NearDuplicateOptions {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** MinHash functions, i.e. signature length. */
  readonly numHashes: number;
  /** LSH bands; must divide `numHashes`. */
  readonly bands: number;
  /** Minimum estimated Jaccard similarity for two articles to be the same story. */
  readonly threshold: number;
}

/**
 * k = 5 words: long enough that two different stories on the same topic (same names, same stock phrases)
 * share few shingles, short enough that an edit breaks only a few. 128 hashes estimate Jaccard with a
 * standard error ≤ 0.045. 32 bands of 4 rows put the LSH S-curve's midpoint at (1/32)^(1/4) ≈ 0.42, so
 * pairs at the 0.5 threshold become candidates with probability 1 − (1 − 0.5⁴)³² ≈ 0.87 and pairs at 0.6
 * with ≈ 0.99, while unrelated pairs (Jaccard < 0.1) almost never do. The threshold of 0.5 accepts a wire
 * copy with a new headline, dateline, an added paragraph and credits (0.74 in the tests) or reordered
 * paragraphs (0.83), and rejects a different story sharing the names (0.003).
 */
export const NEAR_DUPLICATE_DEFAULTS: Readonly<NearDuplicateOptions> = Object.freeze({
  shingleSize: 5,
  numHashes: 128,
  bands: 32,
  threshold: 0.5,
});

// ---------------------------------------------------------------------------------------------------
// Normalization and hashing

const APOSTROPHES = /['’‘ʼ`´]/g;
// "1,200" and "3.5" stay one token: separators between digits are not word boundaries.
const DIGIT_SEPARATORS = /(?<=\p{N})[.,](?=\p{N})/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
// Letters NFKD does not decompose.
const LIGATURES: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const LIGATURE = /[ßæœøłđðþı]/g;

/**
 * The words of a text as shingles see them: accents folded (NFKD, marks dropped), lower-cased, apostrophes
 * removed inside words ("Korea's" → "koreas"), every other run of non-letters/digits a boundary.
 */
export function normalizedWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(DIGIT_SEPARATORS, '');
  return folded.split(NOT_WORD).filter((w) => w !== '');
}

/** 32-bit FNV-1a over a string's UTF-16 code units (equal to byte-wise FNV-1a for ASCII). */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const MURMUR_C1 = 0xcc9e2d51;
const MURMUR_C2 = 0x1b873593;

function murmurBlock(h: number, block: number): number {
  let k = Math.imul(block, MURMUR_C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, MURMUR_C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function murmurFinish(h: number, byteLength: number): number {
  h ^= byteLength;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MurmurHash3 (x86, 32-bit) of `values[from, to)` read as little-endian 32-bit blocks: combines word
 * hashes into a shingle hash, and signature rows into a band key, without building strings.
 */
export function murmur3Words(values: ArrayLike<number>, from = 0, to = values.length, seed = 0): number {
  let h = seed | 0;
  for (let i = from; i < to; i++) h = murmurBlock(h, values[i] as number);
  return murmurFinish(h, (to - from) * 4);
}

/** The seed of shingle hashes; any fixed value, changing it invalidates stored signatures. */
const SHINGLE_SEED = 0x5eed5eed;

/**
 * The distinct k-word shingles of a text, hashed to unsigned 32-bit integers, sorted ascending (a set that
 * `exactJaccard` can merge). A text of fewer than k words is one shingle of all its words, so such texts
 * match only texts with exactly the same words; the word count is part of the hash, so that shingle never
 * equals a k-word one. An empty text has no shingles.
 */
export function shinglesOf(text: string, k: number = NEAR_DUPLICATE_DEFAULTS.shingleSize): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingle size must be a positive integer: ${k}`);
  const words = normalizedWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a32(words[i] as string);
  const size = Math.min(k, words.length);
  const count = words.length - size + 1;
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = murmur3Words(wordHashes, i, i + size, SHINGLE_SEED);
  hashes.sort();
  return distinctSorted(hashes);
}

function distinctSorted(sorted: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  }
  return n === sorted.length ? sorted : sorted.slice(0, n);
}

// ---------------------------------------------------------------------------------------------------
// MinHash

/** The Mersenne prime 2³¹ − 1, modulus of the universal hash family. */
export const MERSENNE_PRIME = 2147483647;

const TWO_TO_31 = 2 ** 31;
const TWO_TO_MINUS_31 = 2 ** -31;

/**
 * v mod (2³¹ − 1) for an integer 0 ≤ v < 2⁵³, by Mersenne folding: v = q·2³¹ + r ≡ q + r, and q + r < 2p
 * for v < 2⁶¹, so one subtraction finishes. Scaling by 2⁻³¹, floor and subtraction are exact on doubles;
 * this is about ten times faster than `%` on doubles.
 */
function modMersenne(v: number): number {
  const q = Math.floor(v * TWO_TO_MINUS_31);
  const folded = v - q * TWO_TO_31 + q;
  return folded >= MERSENNE_PRIME ? folded - MERSENNE_PRIME : folded;
}

/**
 * (a·x + b) mod p for a, b < p = 2³¹ − 1 and x < 2³², exactly. a·x reaches 2⁶³, beyond the 2⁵³ a double
 * holds exactly, so a is split into its 15 high and 16 low bits: every product and sum stays below 2⁴⁹.
 */
export function universalHash(a: number, x: number, b: number): number {
  const high = modMersenne((a >>> 16) * x);
  return modMersenne(high * 65536 + (a & 0xffff) * x + b);
}

/** Signature slot of a set with no elements; real hash values are < p, so it never occurs otherwise. */
export const EMPTY_SLOT = 0xffffffff;

/** A small deterministic PRNG (splitmix32) for the hash coefficients. */
function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** The seed of the hash coefficients; changing it invalidates stored signatures. */
const COEFFICIENT_SEED = 0x41524d53; // "ARMS"

// Coefficients are drawn once, in order, so the i-th hash is the same whatever the signature length.
const coefficientA: number[] = [];
const coefficientB: number[] = [];
const nextCoefficient = splitmix32(COEFFICIENT_SEED);

function ensureCoefficients(count: number): void {
  while (coefficientA.length < count) {
    coefficientA.push(1 + (nextCoefficient() % (MERSENNE_PRIME - 1)));
    coefficientB.push(nextCoefficient() % MERSENNE_PRIME);
  }
}

/** The first `count` hash coefficients (aᵢ, bᵢ), copies: for reference implementations and tests. */
export function hashCoefficients(count: number): { readonly a: number[]; readonly b: number[] } {
  ensureCoefficients(count);
  return { a: coefficientA.slice(0, count), b: coefficientB.slice(0, count) };
}

/**
 * The MinHash signature of a shingle set: slot i holds min over shingles x of (aᵢ·x + bᵢ) mod p, with
 * fixed seeded coefficients. The fraction of equal slots between two signatures estimates the Jaccard
 * similarity of the sets. An empty set gives a signature of EMPTY_SLOT.
 */
export function minhashSignature(
  shingles: ArrayLike<number>,
  numHashes: number = NEAR_DUPLICATE_DEFAULTS.numHashes,
): Uint32Array {
  if (!Number.isInteger(numHashes) || numHashes < 1) {
    throw new RangeError(`number of hashes must be a positive integer: ${numHashes}`);
  }
  ensureCoefficients(numHashes);
  const signature = new Uint32Array(numHashes);
  // Hash by hash, over all shingles: the coefficients stay in registers. universalHash inlined with the
  // coefficient split hoisted, as this loop is the whole cost of signing.
  for (let i = 0; i < numHashes; i++) {
    const a = coefficientA[i] as number;
    const aHigh = a >>> 16;
    const aLow = a & 0xffff;
    const b = coefficientB[i] as number;
    let min = EMPTY_SLOT;
    for (let s = 0; s < shingles.length; s++) {
      const x = (shingles[s] as number) >>> 0;
      const value = modMersenne(modMersenne(aHigh * x) * 65536 + aLow * x + b);
      if (value < min) min = value;
    }
    signature[i] = min;
  }
  return signature;
}

/** True when the signature is that of an empty shingle set (an article with no words). */
export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.length > 0 && signature.every((v) => v === EMPTY_SLOT);
}

// ---------------------------------------------------------------------------------------------------
// LSH banding

/** Band keys are band · 2³² + hash, so bands must stay below 2²¹ to keep keys exact integers. */
const MAX_BANDS = 2 ** 21;

/**
 * The LSH bucket keys of a signature: one per band, band · 2³² + MurmurHash3 of the band's rows. Two
 * signatures share a key only for the same band with (barring a 2⁻³² collision) the same rows, so
 * articles sharing any key are candidates. Keys are safe integers (< 2⁵³), compact as an SQLite INTEGER.
 * An empty signature has no keys: articles without text are never candidates.
 */
export function lshBandKeys(signature: Uint32Array, bands: number = NEAR_DUPLICATE_DEFAULTS.bands): number[] {
  if (!Number.isInteger(bands) || bands < 1 || bands >= MAX_BANDS || signature.length % bands !== 0) {
    throw new RangeError(`${bands} bands do not divide a signature of ${signature.length} hashes`);
  }
  if (isEmptySignature(signature)) return [];
  const rows = signature.length / bands;
  const keys = new Array<number>(bands);
  for (let band = 0; band < bands; band++) {
    keys[band] = band * 2 ** 32 + murmur3Words(signature, band * rows, (band + 1) * rows);
  }
  return keys;
}

/** The probability that two sets of Jaccard similarity s share at least one band: 1 − (1 − s^rows)^bands. */
export function candidateProbability(
  similarity: number,
  bands: number = NEAR_DUPLICATE_DEFAULTS.bands,
  rows: number = NEAR_DUPLICATE_DEFAULTS.numHashes / NEAR_DUPLICATE_DEFAULTS.bands,
): number {
  return 1 - (1 - similarity ** rows) ** bands;
}

// ---------------------------------------------------------------------------------------------------
// Similarity

/** The fraction of equal slots: an unbiased estimate of the Jaccard similarity. 0 if either is empty. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} ≠ ${b.length}`);
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * The exact Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets as `shinglesOf` returns them (sorted,
 * distinct). Two empty sets give 0: no words is no evidence of one story.
 */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** Whether two articles' signatures say they are the same story. */
export function isNearDuplicate(
  a: Uint32Array,
  b: Uint32Array,
  threshold: number = NEAR_DUPLICATE_DEFAULTS.threshold,
): boolean {
  return estimateJaccard(a, b) >= threshold;
}

/** An article whose signature is known: a candidate found through the band keys. */
export interface SignedArticle {
  readonly id: string;
  readonly signature: Uint32Array;
}

/** The ids of the candidates that really are near-duplicates of `signature` (candidates' order kept). */
export function verifiedNearDuplicates(
  signature: Uint32Array,
  candidates: Iterable<SignedArticle>,
  threshold: number = NEAR_DUPLICATE_DEFAULTS.threshold,
): string[] {
  const ids: string[] = [];
  for (const candidate of candidates) {
    if (isNearDuplicate(signature, candidate.signature, threshold)) ids.push(candidate.id);
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------------
// Stories

/** What decides which article names a story. */
export interface StoryMember {
  readonly id: string;
  /** ISO 8601 at the source's precision, or null. */
  readonly published: string | null;
}

/**
 * Which of two articles names their story: the earlier published, then the smaller id. Dates compare as
 * ISO strings (a date alone sorts before times of that day; no time-zone guessing, which would depend on
 * the machine); undated articles come after dated ones.
 */
export function compareStoryPrecedence(a: StoryMember, b: StoryMember): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The story id of a group of near-duplicate articles: the id of its earliest-published member. */
export function storyIdOf(members: Iterable<StoryMember>): string {
  let first: StoryMember | undefined;
  for (const member of members) {
    if (first === undefined || compareStoryPrecedence(member, first) < 0) first = member;
  }
  if (first === undefined) throw new RangeError('a story needs at least one article');
  return first.id;
}

/** An article to index: its text is shingled and signed. */
export interface NearDuplicateDocument extends StoryMember {
  readonly text: string;
}

/**
 * The in-memory near-duplicate index: band buckets to find candidates, estimated Jaccard to verify them,
 * union-find to group them. Grouping is transitive: if A matches B and B matches C, all three are one
 * story even when A and C alone fall below the threshold (successive updates of one story drift).
 */
export class NearDuplicateIndex {
  readonly options: NearDuplicateOptions;
  private readonly members: StoryMember[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly indexOfId = new Map<string, number>();
  private readonly buckets = new Map<number, number[]>();
  // Union-find over member indexes; `first` holds, for a root, the member that names its story.
  private readonly parent: number[] = [];
  private readonly size: number[] = [];
  private readonly first: number[] = [];

  constructor(options: Partial<NearDuplicateOptions> = {}) {
    this.options = { ...NEAR_DUPLICATE_DEFAULTS, ...options };
    const { numHashes, bands } = this.options;
    if (numHashes % bands !== 0) throw new RangeError(`${bands} bands do not divide ${numHashes} hashes`);
  }

  /** Number of articles indexed. */
  get count(): number {
    return this.members.length;
  }

  /** The signature of a text under this index's options. */
  signatureOf(text: string): Uint32Array {
    return minhashSignature(shinglesOf(text, this.options.shingleSize), this.options.numHashes);
  }

  /** Indexes an article's text and returns the id of the story it joins (possibly its own). */
  add(document: NearDuplicateDocument): string {
    return this.addSigned(
      { id: document.id, published: document.published },
      this.signatureOf(document.text),
    );
  }

  /** Indexes an article whose signature is already known (e.g. read back from the store). */
  addSigned(member: StoryMember, signature: Uint32Array): string {
    if (this.indexOfId.has(member.id)) throw new Error(`article already indexed: ${member.id}`);
    if (signature.length !== this.options.numHashes) {
      throw new RangeError(`signature has ${signature.length} hashes, the index ${this.options.numHashes}`);
    }
    const index = this.members.length;
    this.members.push({ id: member.id, published: member.published });
    this.signatures.push(signature);
    this.indexOfId.set(member.id, index);
    this.parent.push(index);
    this.size.push(1);
    this.first.push(index);
    for (const other of this.candidateIndexes(signature)) {
      if (isNearDuplicate(signature, this.signatures[other] as Uint32Array, this.options.threshold)) {
        this.union(index, other);
      }
    }
    for (const key of lshBandKeys(signature, this.options.bands)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    }
    return this.storyIdOfIndex(index);
  }

  /** Ids of indexed articles sharing at least one band bucket with the signature (unverified). */
  candidatesOf(signature: Uint32Array): string[] {
    return this.candidateIndexes(signature).map((i) => (this.members[i] as StoryMember).id);
  }

  /** The story of an indexed article, or undefined for an unknown id. */
  storyOf(id: string): string | undefined {
    const index = this.indexOfId.get(id);
    return index === undefined ? undefined : this.storyIdOfIndex(index);
  }

  /** Every story with its article ids, earliest first; stories in order of their naming article. */
  stories(): Map<string, string[]> {
    const groups = new Map<number, StoryMember[]>();
    for (let i = 0; i < this.members.length; i++) {
      const root = this.find(i);
      const group = groups.get(root);
      if (group) group.push(this.members[i] as StoryMember);
      else groups.set(root, [this.members[i] as StoryMember]);
    }
    const sorted = [...groups.values()].map((g) => g.sort(compareStoryPrecedence));
    sorted.sort((a, b) => compareStoryPrecedence(a[0] as StoryMember, b[0] as StoryMember));
    return new Map(sorted.map((g) => [(g[0] as StoryMember).id, g.map((m) => m.id)]));
  }

  private candidateIndexes(signature: Uint32Array): number[] {
    const seen = new Set<number>();
    for (const key of lshBandKeys(signature, this.options.bands)) {
      for (const i of this.buckets.get(key) ?? []) seen.add(i);
    }
    return [...seen].sort((a, b) => a - b);
  }

  private storyIdOfIndex(index: number): string {
    return (this.members[this.first[this.find(index)] as number] as StoryMember).id;
  }

  private find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    // Path compression keeps later finds near O(1).
    let node = index;
    while (node !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if ((this.size[rootA] as number) < (this.size[rootB] as number)) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] = (this.size[rootA] as number) + (this.size[rootB] as number);
    const firstA = this.members[this.first[rootA] as number] as StoryMember;
    const firstB = this.members[this.first[rootB] as number] as StoryMember;
    if (compareStoryPrecedence(firstB, firstA) < 0) this.first[rootA] = this.first[rootB] as number;
  }
}

import type { Claim, Modality } from '../extract/claims/claim.js';
import { assertionIdOf, groupKeyOf, ROLE_FIELDS, type RoleField } from './claim-key.js';
import { isDatedClaim, UNDATED_WINDOW_DAYS } from './claim-time.js';
import { credibilityOf, gradeOf, isContradicted, type OutletGrades, strengthOf } from './credibility.js';
import type { Assertion, AssertionSources, ClaimRecord, ReviewStatus } from './model.js';

const DAY = 86_400_000;

/** Attributions that name nobody in particular: they count as the story itself, not as a source of their own. */
const ANONYMOUS_KINDS = new Set(['officials_unnamed', 'other']);

/** What time clustering reads of a claim: light enough to build from index columns alone. */
export interface ClusterInput {
  readonly key: string;
  readonly published: string | null;
  readonly claim: Pick<Claim, 'when' | 'modality'>;
}

interface TimeCluster<T extends ClusterInput> {
  start: string | null;
  end: string | null;
  members: T[];
}

const isDated = (r: ClusterInput): boolean => isDatedClaim(r.claim);
const time = (iso: string): number => Date.parse(iso.length === 4 ? `${iso}-01-01` : iso);

/**
 * Claims that share a group key (type, stage, principal roles) split by time: dated claims whose
 * intervals overlap are one event ("2009" and "December 2009"); an undated claim speaks of something
 * recent when it was published (and a denial is dated by the denial), so it joins the latest dated event that began before its publication
 * and ended at most two years before it, else it goes with other undated claims published within two
 * years of each other.
 */
export function clusterByTime<T extends ClusterInput>(records: readonly T[]): TimeCluster<T>[] {
  const dated = records.filter(isDated).sort((a, b) => cmp(a.claim.when?.start, b.claim.when?.start));
  const clusters: TimeCluster<T>[] = [];
  for (const r of dated) {
    const when = r.claim.when as NonNullable<Claim['when']>;
    const last = clusters.at(-1);
    if (last?.end && when.start <= last.end) {
      last.members.push(r);
      if (when.end > last.end) last.end = when.end;
    } else clusters.push({ start: when.start, end: when.end, members: [r] });
  }
  const undated = records
    .filter((r) => !isDated(r))
    .sort((a, b) => cmp(a.published, b.published) || cmp(a.key, b.key));
  const undatedClusters: TimeCluster<T>[] = [];
  for (const r of undated) {
    const published = r.published ? time(r.published) : null;
    const home =
      published === null
        ? clusters.at(-1)
        : [...clusters]
            .reverse()
            .find(
              (c) =>
                c.start !== null &&
                time(c.start) <= published &&
                published - time(c.end as string) <= UNDATED_WINDOW_DAYS * DAY,
            );
    if (home) {
      home.members.push(r);
      continue;
    }
    const last = undatedClusters.at(-1);
    const lastPublished = last?.members.at(-1)?.published;
    if (
      last &&
      (published === null || !lastPublished || published - time(lastPublished) <= UNDATED_WINDOW_DAYS * DAY)
    )
      last.members.push(r);
    else undatedClusters.push({ start: null, end: null, members: [r] });
  }
  return [...clusters, ...undatedClusters];
}

function cmp(a: string | null | undefined, b: string | null | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

/** The narrowest interval every dated claim allows; where they do not all overlap, their hull. */
function whenOf(records: readonly ClaimRecord[]): Assertion['when'] {
  const intervals = records.filter(isDated).map((r) => r.claim.when as NonNullable<Claim['when']>);
  if (intervals.length === 0) return null;
  const start = intervals.map((w) => w.start).sort();
  const end = intervals.map((w) => w.end).sort();
  const narrow = { start: start.at(-1) as string, end: end[0] as string };
  return narrow.start <= narrow.end ? narrow : { start: start[0] as string, end: end.at(-1) as string };
}

export function sourcesOf(records: readonly ClaimRecord[], grades: OutletGrades): AssertionSources {
  const storyOutlets = new Map<string, Set<string>>();
  const outletStories = new Map<string, Set<string>>();
  const attributed = new Map<string, AssertionSources['attributed'][number]>();
  const independent = new Set<string>();
  const stories = new Map<string, boolean>();
  for (const r of records) {
    const outlet = r.outlet ?? '(unknown outlet)';
    // Outlets that carried a denial are listed; the denial itself supports nothing.
    const supports = r.claim.modality !== 'denied';
    if (!outletStories.has(outlet)) outletStories.set(outlet, new Set());
    outletStories.get(outlet)?.add(r.storyId);
    if (!storyOutlets.has(r.storyId)) storyOutlets.set(r.storyId, new Set());
    storyOutlets.get(r.storyId)?.add(outlet);
    if (!supports) continue;
    let named = stories.get(r.storyId) ?? false;
    for (const source of r.claim.sources) {
      // A source with an entity is the same source in any story; "investigators" or "the newspaper" in two
      // unrelated stories need not be, so a source without one counts once per story.
      const key = source.entity ?? `${r.storyId}|${source.kind}:${normalizeSource(source.text)}`;
      const listed = source.entity ?? `${source.kind}:${normalizeSource(source.text)}`;
      if (!attributed.has(listed)) attributed.set(listed, { ...source });
      if (!ANONYMOUS_KINDS.has(source.kind)) {
        // A named source quoted by two stories is one source: the second story only repeats it.
        independent.add(key);
        named = true;
      }
    }
    stories.set(r.storyId, named);
  }
  // A story that names no source stands on its outlet's word: it is a source of its own.
  for (const [story, named] of stories) if (!named) independent.add(`story:${story}`);
  return {
    independent: independent.size,
    outlets: [...outletStories]
      .map(([outlet, s]) => ({ outlet, grade: gradeOf(grades, outlet), stories: s.size }))
      .sort((a, b) => b.stories - a.stories || cmp(a.outlet, b.outlet)),
    attributed: [...attributed.values()],
    stories: new Set(records.map((r) => r.storyId)).size,
    articles: new Set(records.map((r) => r.articleId)).size,
  };
}

function normalizeSource(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function reviewOf(records: readonly ClaimRecord[]): ReviewStatus {
  if (records.length > 0 && records.every((r) => r.review === 'rejected')) return 'rejected';
  if (records.some((r) => r.review === 'corrected')) return 'corrected';
  if (records.some((r) => r.review === 'confirmed')) return 'confirmed';
  return 'unreviewed';
}

/** Role values of the assertion: principal roles from the key's first claim, the others unioned. */
function rolesOf(records: readonly ClaimRecord[]): Partial<Record<RoleField, string | string[]>> {
  const roles: Partial<Record<RoleField, string | string[]>> = {};
  for (const role of ROLE_FIELDS) {
    const values = new Set<string>();
    let single: string | undefined;
    for (const { claim } of records) {
      const value = claim[role];
      if (typeof value === 'string') single ??= value;
      else if (Array.isArray(value)) for (const id of value) values.add(id);
    }
    // An unnamed party ("a trading company") adds nothing once some article names one in that role.
    const named = [...values].filter((id) => !id.startsWith('anon:'));
    const kept = named.length > 0 ? named : [...values];
    if (single !== undefined) roles[role] = single;
    else if (kept.length > 0) roles[role] = kept.sort();
  }
  return roles;
}

function itemsOf(records: readonly ClaimRecord[]): Assertion['items'] {
  const items = new Map<string, Assertion['items'][number]>();
  for (const { claim } of records)
    for (const item of claim.items ?? []) {
      const key = item.designation ? `d:${item.designation.toLowerCase()}` : `t:${item.text.toLowerCase()}`;
      if (!items.has(key))
        items.set(key, {
          text: item.text,
          category: item.category,
          ...(item.designation ? { designation: item.designation } : {}),
        });
    }
  return [...items.values()];
}

/**
 * Assertions of one group key: its claims (resolved, corrected, reviewed) split into time clusters, each
 * summarized with its sources, modality range, contradictions and credibility. Rejected claims are kept
 * in the assertion (for audit) but give it no support.
 */
export function buildAssertions(
  records: readonly ClaimRecord[],
  grades: OutletGrades,
  groupKey: string = records[0] ? groupKeyOf(records[0].claim) : '',
): Assertion[] {
  if (records.length === 0) return [];
  return clusterByTime(records).map((cluster) => {
    const members = [...cluster.members].sort((a, b) => cmp(a.published, b.published) || cmp(a.key, b.key));
    const live = members.filter((r) => r.review !== 'rejected');
    const support = live.length > 0 ? live : members;
    const modalities = [...new Set(support.map((r) => r.claim.modality))].sort(
      (a, b) => strengthOf(b) - strengthOf(a),
    ) as Modality[];
    const sources = sourcesOf(live, grades);
    const review = reviewOf(members);
    const published = members
      .map((r) => r.published)
      .filter((p): p is string => !!p)
      .sort();
    const first = members[0] as ClaimRecord;
    // Dated events are told apart by when they began, undated ones by the year they were first reported.
    const anchor = cluster.start ?? `p${(published[0] ?? '').slice(0, 4)}`;
    return {
      id: assertionIdOf(groupKey, anchor),
      type: first.claim.type,
      stage: first.claim.stage,
      ...rolesOf(support),
      items: itemsOf(support),
      when: whenOf(support),
      where: [...new Set(support.map((r) => r.claim.where).filter((w): w is string => !!w))].sort(),
      firstSeen: published[0] ?? null,
      lastSeen: published.at(-1) ?? null,
      modality: {
        strongest: modalities[0] as Modality,
        weakest: modalities.at(-1) as Modality,
        all: modalities,
      },
      contradicted: isContradicted(modalities),
      sources,
      credibility: credibilityOf({
        modalities,
        independentSources: sources.independent,
        grades: sources.outlets.map((o) => o.grade),
        review,
      }),
      review,
      claims: members,
    } as Assertion;
  });
}

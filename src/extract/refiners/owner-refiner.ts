import type { EntityMention, Mention, Refiner } from '../types.js';

/*
 * A ministry, an agency or a force named without its country ("the Defence Ministry", "the Interior
 * Ministry") is a different body in every country: its id takes the country of the state that owns it in
 * the text — a possessive ("Israel's Defence Ministry") or a nationality ("the Israeli Defence Ministry")
 * right before it — so `gov:isr-defence-ministry` and `gov:mex-defense-ministry` never merge across articles.
 * Later mentions of the same name in the article (and references resolved to it) follow.
 */

export const GENERIC_BODY =
  /\b(?:ministry|ministries|department|office|agency|service|police|guard|army|navy|air force|forces|council|commission|directorate|command|intelligence|customs)\b/i;

export const ownerRefiner: Refiner = {
  id: 'owner',
  refine(ctx, doc, mentions) {
    const renamed = new Map<string, { id: string; country: string }>();
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    sorted.forEach((m, k) => {
      if (m.kind !== 'entity' || m.via !== 'name-pattern' || m.country !== null) return;
      if (m.type !== 'government_body' && m.type !== 'military_unit') return;
      if (!GENERIC_BODY.test(m.name) || renamed.has(m.entityId)) return;
      const owner = ownerBefore(doc.text, sorted, k, m);
      if (!owner) return;
      const code = (owner.country ?? owner.entityId.replace(/^state:/, '')).toLowerCase();
      const id = m.entityId.replace(/^([a-z]+):/, `$1:${code}-`);
      renamed.set(m.entityId, { id, country: code.toUpperCase() });
      ctx.debug(() => `owner: "${m.text}" belongs to ${owner.entityId} → ${id}`);
    });
    if (renamed.size === 0) return [...mentions];
    return mentions.map((m) => {
      if (m.kind !== 'entity') return m;
      const to = renamed.get(m.entityId);
      if (!to) return m;
      const moved: EntityMention = { ...m, entityId: to.id, country: to.country };
      return m.resolution ? { ...moved, resolution: { ...m.resolution, to: to.id } } : moved;
    });
  },
};

/** The state right before a body's name: "Israel's" or "the Israeli" (nothing but "the"/"'s" between). */
function ownerBefore(
  text: string,
  sorted: readonly Mention[],
  k: number,
  body: EntityMention,
): EntityMention | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const m = sorted[j] as Mention;
    if (m.kind !== 'entity' || m.type !== 'state') continue;
    const between = text.slice(m.end, body.start);
    if (/^(?:['’]s)?\s*(?:the\s+)?$/i.test(between)) return m;
  }
  return undefined;
}

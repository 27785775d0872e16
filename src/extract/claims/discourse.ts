import type { EntityMention } from '../types.js';
import type { Frame, RoleName } from './frames.js';

/*
 * A claim stays in focus beyond its sentence. "The deal", "the shipment", "the weaponry" — a definite
 * trigger noun with no roles of its own — continues the latest claim of its type nearby; a frame that
 * names one side ("Hamas will be supplied with …") takes the other side from the latest claim of its
 * type that shares the side it names. Each step is recorded in the frame's `why`.
 */

/** Frames attach to a claim in focus only this many sentences back (or in the same paragraph). */
const FOCUS_SENTENCES = 3;

export const CORE_ROLES: Readonly<Record<Frame['type'], readonly RoleName[]>> = {
  arms_transfer: ['supplier', 'recipient'],
  arms_seizure: ['seizer'],
  attack: ['actor', 'target'],
  ties: ['parties'],
  sanction: ['actor', 'target'],
};

export interface Continuation {
  /** The frame continued. */
  readonly into: Frame;
  readonly frame: Frame;
}

/** Resolves focus over frames in reading order: attachments, and roles filled from the claim in focus. */
export function resolveFocus(frames: readonly Frame[]): { kept: Frame[]; continuations: Continuation[] } {
  const kept: Frame[] = [];
  const continuations: Continuation[] = [];
  for (const frame of frames) {
    const hasCore = CORE_ROLES[frame.type].some((r) => frame.roles.has(r));
    if (frame.definite || !hasCore) {
      const into = inFocus(kept, frame);
      if (into) {
        continuations.push({ into, frame });
        fillFrom(into, frame);
        frame.why.push(`continues "${into.trigger.text}" (sentence ${into.sentence + 1})`);
        continue;
      }
    }
    // "The drones will be delivered next year": a later stage of the deal in focus, with its sides.
    if (!hasCore && frame.refersBack) {
      const deal = inFocusWhere(kept, { ...frame, definite: true }, () => true);
      if (deal) {
        for (const r of CORE_ROLES.arms_transfer) {
          const theirs = deal.roles.get(r);
          if (theirs) {
            frame.roles.set(r, theirs);
            frame.inherited.add(r);
          }
        }
        frame.why.push(
          `sides from "${deal.trigger.text}" (sentence ${deal.sentence + 1}): a later stage of it`,
        );
      }
    }
    if (!frame.armsInClause && !(frame.type === 'arms_transfer' && hasArmsFocus(kept, frame))) {
      frame.why.push('dropped: no arms in its clause and no arms claim in focus');
      continue;
    }
    inherit(frame, kept);
    inheritTime(frame, kept);
    kept.push(frame);
  }
  // A side named later in the same sentence: "a first payment for the jets it ordered from the US".
  for (const frame of kept) {
    const sameSentence = kept.filter(
      (f) => f !== frame && f.sentence === frame.sentence && f.field === frame.field,
    );
    inherit(frame, sameSentence);
  }
  return { kept, continuations };
}

/**
 * The frame a frame without sides of its own continues: for a definite noun ("the deal", "the shipment")
 * the latest of its type within reach, whatever its stage; for any other frame only one of its sentence
 * at the same stage ("to provide fresh supplies of rockets").
 */
function inFocus(kept: readonly Frame[], frame: Frame): Frame | undefined {
  // A definite noun continues a claim at its own stage first ("close the deal" the deal being negotiated).
  return inFocusWhere(kept, frame, (f) => f.stage === frame.stage) ?? inFocusWhere(kept, frame, () => true);
}

function inFocusWhere(
  kept: readonly Frame[],
  frame: Frame,
  accept: (f: Frame) => boolean,
): Frame | undefined {
  for (let i = kept.length - 1; i >= 0; i--) {
    const f = kept[i] as Frame;
    if (f.field !== frame.field && frame.field === 'title') continue;
    const sameSentence = f.field === frame.field && f.sentence === frame.sentence;
    const near =
      f.field !== frame.field ||
      f.paragraph === frame.paragraph ||
      frame.sentence - f.sentence <= FOCUS_SENTENCES;
    if (!near) return undefined;
    if (f.type !== frame.type || contradicts(f, frame) || !accept(f)) continue;
    if (frame.definite || (sameSentence && f.stage === frame.stage)) return f;
  }
  return undefined;
}

function hasArmsFocus(kept: readonly Frame[], frame: Frame): boolean {
  return kept.some(
    (f) => f.type === 'arms_transfer' && f.armsInClause && frame.sentence - f.sentence <= FOCUS_SENTENCES,
  );
}

function contradicts(a: Frame, b: Frame): boolean {
  for (const [role, entities] of b.roles) {
    const other = a.roles.get(role);
    if (other && !entities.some((e) => other.some((o) => sameActor(o, e)))) return true;
  }
  return false;
}

/** A continuing frame adds what it knows: roles the claim lacks, items, value, time, place. */
function fillFrom(into: Frame, frame: Frame): void {
  for (const [role, entities] of frame.roles) {
    if (!into.roles.has(role)) into.roles.set(role, entities);
  }
  for (const item of frame.items)
    if (!into.items.some((i) => i.weapon.entityId === item.weapon.entityId)) into.items.push(item);
  into.value ??= frame.value;
  into.when ??= frame.when;
  into.where ??= frame.where;
}

/** Fills a missing core role from the latest claim of the type that shares a role with this one. */
function inherit(frame: Frame, kept: readonly Frame[]): void {
  // Only a transfer's other side or a sanction's imposer carries over; an attack names both sides or
  // is not an attack (a second attack by the same actor is often on another target).
  if (frame.type !== 'arms_transfer' && frame.type !== 'sanction') return;
  const core = CORE_ROLES[frame.type];
  if (core.every((r) => frame.roles.has(r))) return;
  for (let i = kept.length - 1; i >= 0; i--) {
    const f = kept[i] as Frame;
    if (f.type !== frame.type) continue;
    const shared = core.some((r) => {
      const mine = frame.roles.get(r);
      const theirs = f.roles.get(r);
      return mine && theirs && mine.some((e) => theirs.some((t) => sameActor(t, e)));
    });
    if (!shared) continue;
    for (const r of core) {
      const theirs = f.roles.get(r);
      if (!frame.roles.has(r) && theirs && !overlaps(theirs, [...frame.roles.values()].flat())) {
        frame.roles.set(r, theirs);
        frame.inherited.add(r);
        frame.why.push(`${r} ← ${theirs.map((e) => e.name).join(' & ')} (from "${f.trigger.text}" in focus)`);
      }
    }
    return;
  }
}

/**
 * "The shipment … destined for Iran, where the weapons would later be smuggled to Hezbollah": arms named
 * before, with no time of their own, are those of the transfer or seizure in focus, and of its time.
 */
function inheritTime(frame: Frame, kept: readonly Frame[]): void {
  if (frame.when || !frame.refersBack) return;
  for (let i = kept.length - 1; i >= 0; i--) {
    const f = kept[i] as Frame;
    if (f.field !== frame.field || frame.sentence - f.sentence > 1) return;
    if ((f.type !== 'arms_transfer' && f.type !== 'arms_seizure') || !f.when) continue;
    frame.when = f.when;
    frame.why.push(`time ← ${f.when.text} (from "${f.trigger.text}" in focus)`);
    return;
  }
}

/** One actor, or a capital and its state ("New Delhi" began delivering what India sold). */
function sameActor(a: EntityMention, b: EntityMention): boolean {
  return a.entityId === b.entityId || a.metonymOf === b.entityId || b.metonymOf === a.entityId;
}

function overlaps(a: readonly EntityMention[], b: readonly EntityMention[]): boolean {
  return a.some((x) => b.some((y) => x.entityId === y.entityId));
}

import { z } from 'zod';
import { RELIABILITY_GRADES } from '../../kb/model.js';
import { CORRECTION_SCHEMA } from '../../kb/sqlite/corrections.js';
import type { ReviewAction } from '../../kb/sqlite/kb-review.js';
import type { Store } from '../../kb/sqlite/sqlite-knowledge-base.js';
import type { RouteTable } from '../route.js';

const why = z.string().trim().min(1, 'say why: the review log keeps the reason of every edit').max(2000);
const target = z.string().min(1).max(300);

/** A review request: what to do to what, and why; who is the token's label. */
export const REVIEW_BODY = z.discriminatedUnion('action', [
  z
    .object({ action: z.enum(['confirm', 'reject']), kind: z.enum(['claim', 'assertion']), target, why })
    .strict(),
  z
    .object({
      action: z.literal('correct'),
      kind: z.enum(['claim', 'assertion']),
      target,
      correction: CORRECTION_SCHEMA,
      why,
    })
    .strict(),
  z.object({ action: z.literal('merge'), kind: z.literal('entity'), target, into: target, why }).strict(),
  z.object({ action: z.literal('split'), kind: z.literal('entity'), target, why }).strict(),
  z
    .object({
      action: z.literal('grade'),
      kind: z.literal('outlet'),
      target,
      grade: z.enum(RELIABILITY_GRADES),
      why,
    })
    .strict(),
  z
    .object({ action: z.literal('undo'), kind: z.literal('undo'), edit: z.number().int().min(1), why })
    .strict(),
]);

export function registerReviewRoutes(routes: RouteTable, store: Store): void {
  routes.add({
    method: 'GET',
    url: '/api/review/queue',
    tag: 'review',
    summary: 'What to review first: unreviewed assertions, contradicted ones first, then the least credible',
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(25) }).strict(),
    returns: '[assertion]',
    handler: ({ query }) => store.knowledge.reader.reviewQueue(query.limit),
  });

  routes.add({
    method: 'GET',
    url: '/api/review/log',
    tag: 'review',
    summary: 'The review log, latest first',
    query: z
      .object({
        target: z.string().max(300).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      })
      .strict(),
    returns: '[edit]',
    handler: ({ query }) =>
      store.knowledge.reviewLog({ ...(query.target ? { target: query.target } : {}), limit: query.limit }),
  });

  routes.add({
    method: 'POST',
    url: '/api/review',
    tag: 'review',
    summary:
      'Confirm, reject or correct a claim or assertion; merge or split entities; grade an outlet; undo an edit',
    body: REVIEW_BODY,
    auth: true,
    returns: 'the logged edit',
    handler: ({ body, who }) => {
      const { why: reason, ...action } = body;
      return store.knowledge.review(action as ReviewAction, { who, why: reason });
    },
  });
}

import type { Article } from '../src/core/article.js';
import type { Claim } from '../src/extract/claims/claim.js';
import { createMentionPipeline } from '../src/extract/configuration.js';
import { type Extraction, extractArticle } from '../src/extract/extraction.js';

const pipeline = createMentionPipeline();

/** An article from a test text (and optional headline), published on a fixed day. */
export function articleOf(
  text: string,
  title = '',
  published: string | null = '2024-05-02',
  id = 'test',
): Article {
  return {
    id,
    title,
    published,
    section: null,
    outlet: null,
    url: null,
    language: 'en',
    text,
    origin: { source: 'test', format: 'text', fields: {} },
    warnings: [],
    contentHash: 'test',
  };
}

export function extractionOf(text: string, title = ''): Extraction {
  return extractArticle(pipeline, articleOf(text, title));
}

const ROLES = ['supplier', 'recipient', 'actor', 'target', 'seizer', 'interdicted_by'] as const;

/**
 * Claims in a line each, for table tests: "arms_transfer/delivery supplier=Russia recipient=India
 * (reported)", "ties parties=Hamas+North Korea (asserted)". Roles by entity name.
 */
export function claimLines(x: Extraction): string[] {
  const name = (id: string | undefined | null) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.claims.map((c: Claim) => {
    const roles = ROLES.filter((r) => c[r]).map((r) => `${r}=${name(c[r])}`);
    if (c.parties) roles.push(`parties=${c.parties.map(name).sort().join('+')}`);
    return `${c.type}${c.stage ? `/${c.stage}` : ''} ${roles.join(' ')} (${c.modality})`;
  });
}

export const claimsIn = (text: string, title = ''): string[] => claimLines(extractionOf(text, title));

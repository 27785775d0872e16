import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api.js';
import { formatDate, safeUrl } from '../common/format.js';
import { Empty, ErrorBox, Loading } from '../common/status.js';
import { href, navigate } from '../router.js';
import type { ArticleResponse, Claim, Names } from '../types.js';
import { useApi } from '../use-api.js';
import { ClaimDetail } from './claim-detail.js';
import { ClaimList } from './claim-list.js';
import { MarkedText } from './marked-text.js';
import { MentionLegend } from './mention-legend.js';
import type { MarkSpan } from './segments.js';

/** One article: its text with mentions marked, its claims, and the evidence of the claim chosen. */
export function ReaderPage({ id, params }: { id: string; params: URLSearchParams }) {
  const version = Number(params.get('v')) || undefined;
  const loaded = useApi((signal) => api.article(id, version, { signal }), [id, version]);
  if (loaded.error) return <ErrorBox error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data || loaded.data.article.id !== id) return <Loading what="Loading the article" />;
  return <Reader data={loaded.data} claimId={params.get('claim')} />;
}

function Reader({ data, claimId }: { data: ArticleResponse; claimId: string | null }) {
  const { article, extraction } = data;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState<string | null>(null);
  const names: Names = useMemo(
    () => Object.fromEntries((extraction?.entities ?? []).map((e) => [e.id, e.name])),
    [extraction],
  );
  const spans = useMemo(() => {
    const all: (MarkSpan & { field?: 'title' })[] = [];
    for (const e of extraction?.entities ?? [])
      for (const m of e.mentions)
        all.push({
          start: m.start,
          end: m.end,
          kind: e.type,
          id: e.id,
          name: e.name,
          ...(m.field ? { field: m.field } : {}),
        });
    for (const t of extraction?.times ?? [])
      all.push({
        start: t.start,
        end: t.end,
        kind: 'time',
        name: `${t.interval.start} – ${t.interval.end}`,
        ...(t.field ? { field: t.field } : {}),
      });
    for (const a of extraction?.amounts ?? [])
      all.push({
        start: a.start,
        end: a.end,
        kind: 'amount',
        name: `${a.min ?? '?'}–${a.max ?? '?'} ${a.unit ?? ''}`.trim(),
        ...(a.field ? { field: a.field } : {}),
      });
    return all;
  }, [extraction]);
  const shown = spans.filter((s) => !hidden.has(s.kind));
  const claim: Claim | null = extraction?.claims.find((c) => c.id === claimId) ?? null;
  const evidence = claim?.evidence ?? [];
  // Bring the first highlighted sentence into view when a claim is chosen.
  useEffect(() => {
    if (!claim) return;
    const first = document.querySelector('.article mark.evidence');
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    document.querySelector('.claim-detail')?.scrollIntoView({ block: 'nearest' });
  }, [claim]);
  const choose = (c: Claim | null) =>
    navigate(href('article', article.id, { v: article.latest ? undefined : article.version, claim: c?.id }), {
      replace: true,
    });
  const url = safeUrl(article.url);
  const others = data.story.filter((s) => s.articleId !== article.id);
  return (
    <div class="page reader-page">
      <div class="reader">
        <article class="article" aria-label="Article">
          <p class="crumbs">
            <a href={href('search')}>← Search</a>
          </p>
          <h1 class="article-title">
            <MarkedText
              text={article.title}
              mentions={shown.filter((s) => s.field === 'title')}
              evidence={evidence.filter((e) => e.field === 'title')}
              focus={focus}
              onMention={(m) => setFocus(m.id ?? null)}
            />
          </h1>
          <p class="meta">
            <span>{article.outlet ?? 'unknown outlet'}</span> · <span>{formatDate(article.published)}</span>
            {article.section ? (
              <>
                {' '}
                · <span>{article.section}</span>
              </>
            ) : null}
            {article.language ? (
              <>
                {' '}
                · <span>{article.language}</span>
              </>
            ) : null}{' '}
            · <span class="muted">#{article.id}</span>
            {data.versions.length > 1 ? (
              <>
                {' '}
                · version {article.version} of {data.versions.length}
              </>
            ) : null}
            {url ? (
              <>
                {' '}
                ·{' '}
                <a href={url} rel="noreferrer noopener" target="_blank" class="external">
                  original
                </a>
              </>
            ) : null}
          </p>
          {others.length ? (
            <p class="story">
              Same story (syndicated or reposted):{' '}
              {others.map((s, i) => (
                <span key={s.articleId}>
                  {i ? ', ' : ''}
                  <a href={href('article', s.articleId)}>
                    {s.outlet ?? s.articleId} {formatDate(s.published)}
                  </a>
                </span>
              ))}
            </p>
          ) : null}
          {article.warnings.length ? (
            <section class="warnings" aria-label="Cleaning warnings">
              <h2>Cleaning warnings</h2>
              <ul>
                {article.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {!extraction ? (
            <Empty>
              This version has not been extracted (or was extracted from another version): no mentions or
              claims to show. Run <code>armstrace reextract</code>.
            </Empty>
          ) : null}
          <div class="article-body">
            <MarkedText
              text={article.text}
              mentions={shown.filter((s) => !s.field)}
              evidence={evidence.filter((e) => !e.field)}
              focus={focus}
              onMention={(m) => setFocus(m.id ?? null)}
            />
          </div>
        </article>
        <aside class="reader-side" aria-label="Mentions and claims">
          <MentionLegend
            spans={spans}
            hidden={hidden}
            onToggle={(kind) =>
              setHidden((h) => {
                const next = new Set(h);
                if (next.has(kind)) next.delete(kind);
                else next.add(kind);
                return next;
              })
            }
          />
          {focus ? (
            <p class="focus-note">
              Showing mentions of <strong>{names[focus] ?? focus}</strong> ·{' '}
              <a href={href('actor', focus)}>actor page</a> ·{' '}
              <button type="button" class="link" onClick={() => setFocus(null)}>
                clear
              </button>
            </p>
          ) : null}
          {extraction ? (
            <ClaimList
              claims={extraction.claims}
              names={names}
              selected={claim?.id ?? null}
              onSelect={choose}
              detail={claim ? <ClaimDetail claim={claim} names={names} onClose={() => choose(null)} /> : null}
            />
          ) : null}
        </aside>
      </div>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../api.js';
import { AssertionDetail } from '../assertions/assertion-detail.js';
import { Parties } from '../assertions/parties.js';
import { Credibility, ModalityBadge, StageBadge, TypeBadge } from '../common/badges.js';
import { formatDate } from '../common/format.js';
import { Empty, ErrorBox, Loading } from '../common/status.js';
import type { AssertionBody, Correction, Names, ReviewEdit } from '../types.js';
import { useApi } from '../use-api.js';
import { CorrectionForm } from './correction-form.js';
import { useToken } from './token.js';
import { TokenField } from './token-field.js';

type Notice = { kind: 'ok' | 'refused'; text: string } | null;
type Action = 'confirm' | 'reject' | 'correct';
const DONE: Readonly<Record<Action, string>> = {
  confirm: 'Confirmed',
  reject: 'Rejected',
  correct: 'Corrected',
};

/** Tells the rest of the page (the store's counts) that an edit was stored. */
export const STORE_CHANGED = 'armstrace:store-changed';

/**
 * What to review first (contradicted, then the least credible), one at a time: j/k move, c confirms, r
 * rejects, e opens the correction form, with the reason in the field above. Edits need the reviewer's token.
 */
export function ReviewPage() {
  const [token, setToken] = useToken();
  const [why, setWhy] = useState('reviewed in queue');
  const queue = useApi((signal) => api.reviewQueue(100, { signal }), []);
  const [done, setDone] = useState<ReadonlyMap<string, Action>>(new Map());
  const [correcting, setCorrecting] = useState(false);
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [logNonce, setLogNonce] = useState(0);
  const items = queue.data ?? [];
  const ids = items.flatMap((a) => [
    a.supplier,
    a.recipient,
    a.actor,
    a.target,
    a.seizer,
    ...(a.intermediaries ?? []),
    ...(a.parties ?? []),
  ]);
  const idKey = [...new Set(ids.filter((x): x is string => !!x))].sort().join(',');
  const names = useApi((signal) => api.names(idKey ? idKey.split(',') : [], { signal }), [idKey]);
  const current: AssertionBody | undefined = items[Math.min(index, items.length - 1)];

  const act = useCallback(
    async (action: Action, correction?: Correction) => {
      if (!current || busy) return;
      if (!why.trim()) {
        setNotice({ kind: 'refused', text: 'Say why first: the review log keeps the reason of every edit.' });
        return;
      }
      setBusy(true);
      try {
        const target = { kind: 'assertion' as const, target: current.id, why: why.trim() };
        const edit = await api.review(
          action === 'correct' ? { action, ...target, correction: correction ?? {} } : { action, ...target },
          token,
        );
        setDone((d) => new Map(d).set(current.id, action));
        setCorrecting(false);
        setNotice({ kind: 'ok', text: `${DONE[action]} ${current.id} (edit #${edit.id} by ${edit.who}).` });
        setLogNonce((n) => n + 1);
        window.dispatchEvent(new Event(STORE_CHANGED));
        // A corrected assertion is rebuilt (under another id when its roles changed): the queue is read again.
        if (action === 'correct') queue.reload();
        else setIndex((i) => Math.min(i + 1, items.length - 1));
      } catch (error) {
        const e = error as Error;
        const status = e instanceof ApiError ? e.status : 0;
        setNotice({
          kind: 'refused',
          text:
            status === 401
              ? `Refused (401): ${e.message}. Paste a token in the field above.`
              : status === 403
                ? `Refused (403): ${e.message}.`
                : `Not stored: ${e.message}`,
        });
      } finally {
        setBusy(false);
      }
    },
    [current, busy, why, token, items.length, queue.reload],
  );

  // Keyboard: j/k move, c confirm, r reject — not while typing in a field.
  const actRef = useRef(act);
  actRef.current = act;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (event.key === 'j') setIndex((i) => Math.min(i + 1, Math.max(0, items.length - 1)));
      else if (event.key === 'k') setIndex((i) => Math.max(i - 1, 0));
      else if (event.key === 'c') void actRef.current('confirm');
      else if (event.key === 'r') void actRef.current('reject');
      else if (event.key === 'e') setCorrecting(true);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items.length]);

  useEffect(() => {
    document.querySelector('.queue-item.selected')?.scrollIntoView({ block: 'nearest' });
    setCorrecting(false);
  }, [index]);

  return (
    <div class="page review-page">
      <header class="page-head">
        <h1>Review queue</h1>
        <span class="sub">Unreviewed assertions: contradicted first, then the least credible.</span>
      </header>
      <div class="review-controls">
        <TokenField token={token} onSave={setToken} />
        <label class="field grow">
          <span>Reason (kept in the review log)</span>
          <input
            type="text"
            name="why"
            value={why}
            onInput={(e) => setWhy((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <p class="kbd-help">
          <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>c</kbd> confirm · <kbd>r</kbd> reject · <kbd>e</kbd>{' '}
          correct
        </p>
      </div>
      {notice ? (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'refused' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      {queue.error ? (
        <ErrorBox error={queue.error} retry={queue.reload} />
      ) : !queue.data ? (
        <Loading what="Loading the queue" />
      ) : !items.length ? (
        <Empty>Nothing to review: every assertion has been reviewed.</Empty>
      ) : (
        <div class="review-layout">
          <ol class="queue" aria-label="Queue">
            {items.map((a, i) => (
              <li key={a.id}>
                <QueueItem
                  assertion={a}
                  names={names.data ?? {}}
                  selected={i === index}
                  done={done.get(a.id)}
                  onClick={() => setIndex(i)}
                />
              </li>
            ))}
          </ol>
          <div class="review-current">
            {current ? (
              <div class="panel">
                <div class="review-actions">
                  <button type="button" class="confirm" disabled={busy} onClick={() => void act('confirm')}>
                    Confirm <kbd>c</kbd>
                  </button>
                  <button type="button" class="reject" disabled={busy} onClick={() => void act('reject')}>
                    Reject <kbd>r</kbd>
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-expanded={correcting}
                    onClick={() => setCorrecting(!correcting)}
                  >
                    Correct… <kbd>e</kbd>
                  </button>
                  {done.get(current.id) ? (
                    <span class="badge review-confirmed">{done.get(current.id)}ed</span>
                  ) : null}
                </div>
                {correcting ? (
                  <CorrectionForm
                    key={current.id}
                    assertion={current}
                    names={names.data ?? {}}
                    busy={busy}
                    onSubmit={(correction) => void act('correct', correction)}
                    onCancel={() => setCorrecting(false)}
                  />
                ) : null}
                <AssertionDetail id={current.id} />
              </div>
            ) : null}
            <ReviewLog nonce={logNonce} />
          </div>
        </div>
      )}
    </div>
  );
}

function QueueItem({
  assertion: a,
  names,
  selected,
  done,
  onClick,
}: {
  assertion: AssertionBody;
  names: Names;
  selected: boolean;
  done: Action | undefined;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class={`queue-item${selected ? ' selected' : ''}${done ? ' done' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-assertion={a.id}
      onClick={onClick}
    >
      <Credibility assertion={a} />
      <span>
        <TypeBadge type={a.type} />
        <StageBadge stage={a.stage} />
        <Parties roles={a} names={names} link={false} />
      </span>
      <span>
        {a.contradicted ? <span class="badge contradicted">contradicted</span> : null}
        <ModalityBadge modality={a.modality.strongest} />
        {done ? <span class={`badge review-${done}ed`}>{done}ed</span> : null}
      </span>
      <span class="why">{a.credibility.why}</span>
    </button>
  );
}

function ReviewLog({ nonce }: { nonce: number }) {
  const log = useApi((signal) => api.reviewLog(10, { signal }), [nonce]);
  return (
    <section class="panel log" aria-label="Review log">
      <h2>Latest review edits</h2>
      {log.error ? (
        <ErrorBox error={log.error} retry={log.reload} />
      ) : !log.data ? (
        <Loading />
      ) : log.data.length ? (
        <ul class="side-list">
          {log.data.map((e: ReviewEdit) => (
            <li key={e.id} data-edit={e.id}>
              #{e.id} <strong>{e.action}</strong> {e.kind} <code>{e.target}</code> by {e.who} ·{' '}
              {formatDate(e.at.slice(0, 16))}
              <br />
              <span class="muted">“{e.why}”</span>
              {e.undoneBy ? <span class="muted"> (undone by #{e.undoneBy})</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No edit yet.</p>
      )}
    </section>
  );
}

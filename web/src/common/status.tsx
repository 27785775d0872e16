import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.js';

/** Waiting for the server. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <div class="status loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {what}…
    </div>
  );
}

/** A failed request, in words, with a retry when one makes sense. */
export function ErrorBox({ error, retry }: { error: Error; retry?: () => void }) {
  const status = error instanceof ApiError ? error.status : 0;
  return (
    <div class="status error" role="alert">
      <strong>{status === 404 ? 'Not found' : status === 0 ? 'No answer' : 'Something went wrong'}</strong>
      <span>{error.message}</span>
      {retry && status !== 404 && status !== 400 ? (
        <button type="button" onClick={retry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}

/** Nothing to show, and what to do about it. */
export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="status empty">{children}</div>;
}

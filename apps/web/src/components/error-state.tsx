import { isApiProblem } from '@whispergifts/api-client';

/** A failed load with a way out: the reason in plain words and a retry button. */
export function ErrorState({ error, onRetry, title = 'Something went wrong' }: { error: unknown; onRetry?: () => void; title?: string }) {
  const detail = isApiProblem(error) ? error.detail : 'We could not reach WhisperGifts. Check your connection and try again.';
  return (
    <section className="state-panel" role="alert">
      <h2>{title}</h2>
      <p>{detail}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}

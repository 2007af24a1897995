import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { LoadingRegion, Skeleton } from '@/components/skeleton';
import { paths } from '@/config/paths';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';

interface UndoLinkPageProps {
  title: string;
  /** The link's reservation or pledge, once read: what it is (`summary`), and the list it belongs to. */
  preview: { registry: { slug: string; coupleNames: string } } | undefined;
  previewError: unknown;
  summary: ReactNode;
  /** Undone before this visit (or by this click, `done`): say so, never offer the button again. */
  alreadyUndone: boolean;
  done: ReactNode | null;
  caution: ReactNode;
  undo: { label: string; pendingLabel: string; pending: boolean; error: unknown; run: () => void };
}

/**
 * The page behind a guest's undo link (reservations and pledges alike): it names the gift before the click, asks before
 * undoing (mail scanners open links, and a GET must never cancel anything), says when it was undone already, and always
 * leads back to the couple's list.
 */
export function UndoLinkPage({ title, preview, previewError, summary, alreadyUndone, done, caution, undo }: UndoLinkPageProps) {
  const t = useT('guest-pages');
  const back = preview && (
    <Link className="button" to={paths.giftList(preview.registry.slug)}>
      {t('guest-pages:undo.back', { couple: preview.registry.coupleNames })}
    </Link>
  );
  return (
    <div className="page">
      <section className="state-panel">
        <h1>{title}</h1>
        {previewError ? (
          <Alert>
            {formErrorsFrom(previewError).summary} {t('guest-pages:undo.link-broken')}
          </Alert>
        ) : !preview ? (
          <LoadingRegion label={t('guest-pages:undo.loading')}>
            <Skeleton height="4rem" />
          </LoadingRegion>
        ) : done ? (
          <>
            <Alert tone="success">{done}</Alert>
            {back}
          </>
        ) : alreadyUndone ? (
          <>
            <Alert tone="info">
              {summary} {t('guest-pages:undo.already')}
            </Alert>
            {back}
          </>
        ) : (
          <>
            <p>{summary}</p>
            <p>{caution}</p>
            {undo.error ? <Alert>{formErrorsFrom(undo.error).summary}</Alert> : null}
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={undo.pending} onClick={undo.run}>
                {undo.pending ? undo.pendingLabel : undo.label}
              </button>
              {back}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

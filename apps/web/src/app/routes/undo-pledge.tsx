import { useParams } from 'react-router';
import { Alert } from '@/components/alert';
import { useUndoPledge } from '@/features/pledges/api/undo-pledge';
import { formErrorsFrom } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * /pledges/undo/:token — the link from the pledge's confirmation e-mail. It asks before undoing: mail scanners open
 * links on their own, and a GET must never cancel a guest's pledge.
 */
export function Component() {
  const { token = '' } = useParams();
  const undo = useUndoPledge();
  useDocumentTitle('Undo a pledge');

  return (
    <div className="page">
      <section className="state-panel">
        <h1>Undo your pledge</h1>
        {undo.isSuccess ? (
          <Alert tone="success">Done: your pledge towards {undo.data.item.name} is undone. If you already sent the money, tell the couple.</Alert>
        ) : (
          <>
            <p>Changed your mind? Undo the pledge, and the gift’s progress no longer counts it. Only undo it if you have not sent the money.</p>
            {undo.isError && <Alert>{formErrorsFrom(undo.error).summary}</Alert>}
            <button type="button" className="button button-primary" disabled={undo.isPending} onClick={() => undo.mutate(token)}>
              {undo.isPending ? 'Undoing…' : 'Undo my pledge'}
            </button>
          </>
        )}
      </section>
    </div>
  );
}

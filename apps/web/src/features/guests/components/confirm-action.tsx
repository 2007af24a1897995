import { useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';

interface ConfirmActionProps {
  label: string;
  /** What happens, said once more before it does. */
  question: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
}

/** A destructive step asked twice, inline (no dialog on a phone full of cards): the button, then "Sure?" with yes and no. */
export function ConfirmAction({ label, question, confirmLabel, pending, onConfirm }: ConfirmActionProps) {
  const t = useT('guest-pages');
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button-small button-danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-action" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="button-row">
        <button type="button" className="button button-small button-danger" disabled={pending} onClick={onConfirm}>
          {pending ? t('guest-pages:my-gifts.one-moment') : confirmLabel}
        </button>
        <button type="button" className="button button-small" onClick={() => setAsking(false)}>
          {t('guest-pages:my-gifts.keep')}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';

const FIRST_FIELD = ':scope > :not(.dialog-header) :is(input:not([type="hidden"]), select, textarea, [data-autofocus]):not(:disabled)';

interface DialogProps {
  title: string;
  onClose: () => void;
  /** Room for a table (a preview), up to the width of a laptop screen. */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape, makes the page behind inert
 * and returns focus to the opener when it closes. Rendered only while open.
 */
export function Dialog({ title, onClose, wide = false, children }: DialogProps) {
  const t = useT('common');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The browser would focus the first focusable element, the × in the header: a dialog with a form starts on its
    // first field instead (or on the control marked data-autofocus, when that comes first); one without stays on ×.
    dialog?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-icon" onClick={onClose} aria-label={t('common:dialog.close')}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

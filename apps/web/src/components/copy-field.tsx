import { useId, useState } from 'react';
import { useT } from '@/lib/i18n';

/** What the common words name (the `what` select of common:copy.button and common:copy.blocked). */
type CommonWhat = 'link' | 'token' | 'name' | 'value' | 'target';

/**
 * The button and the blocked-clipboard advice: either the common words about `what` ("Copy link", "select the link
 * and copy it"), or the caller's own for anything else (a reference, an IBAN: the guest page's own words).
 */
type Words = { what: CommonWhat; copyLabel?: never; blockedHint?: never } | { what?: never; copyLabel: string; blockedHint: string };

type CopyFieldProps = Words & {
  label: string;
  value: string;
  /** Said once the value is on the clipboard: where to paste it. */
  copiedHint: string;
  /** What goes on the clipboard when it differs from what is shown (an IBAN shown in groups of four, copied without spaces). */
  copyValue?: string;
  /** Shown large: the one thing the person must not get wrong (a payment reference). */
  prominent?: boolean;
};

/** A read-only value with a Copy button; where the browser blocks the clipboard, the person selects and copies it. */
export function CopyField({ label, value, what, copiedHint, copyValue = value, prominent = false, copyLabel, blockedHint }: CopyFieldProps) {
  const t = useT('common');
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(copyValue);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className={prominent ? 'field copy-field-prominent' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel ?? t('common:copy.button', { what })}
        </button>
      </div>
      <p role="status" className="field-hint">
        {copied === 'yes' ? copiedHint : copied === 'failed' ? (blockedHint ?? t('common:copy.blocked', { what })) : ''}
      </p>
    </div>
  );
}

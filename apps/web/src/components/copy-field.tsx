import { useId, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  /** What is copied, in the button ("Copy link") and in the fallback advice ("select the link and copy it"). */
  what: string;
  /** Said once the value is on the clipboard: where to paste it. */
  copiedHint: string;
}

/** A read-only value with a Copy button; where the browser blocks the clipboard, the person selects and copies it. */
export function CopyField({ label, value, what, copiedHint }: CopyFieldProps) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {`Copy ${what}`}
        </button>
      </div>
      <p role="status" className="field-hint">
        {copied === 'yes' ? copiedHint : copied === 'failed' ? `Copying is blocked here: select the ${what} and copy it.` : ''}
      </p>
    </div>
  );
}

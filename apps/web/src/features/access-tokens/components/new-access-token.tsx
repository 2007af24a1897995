import { useEffect, useRef } from 'react';
import type { CreatedAccessToken } from '@whispergifts/api-client';
import { CopyField } from '@/components/copy-field';
import { formatDateTime } from '@/lib/dates';
import { scopeLabel } from '../scopes';

/**
 * The one moment the token itself is visible. Focus lands on the heading, so keyboard and screen-reader users
 * start right here; "Done" forgets it for good.
 */
export function NewAccessToken({ token, onDone }: { token: CreatedAccessToken; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby="new-token-title">
      <h2 id="new-token-title" ref={heading} tabIndex={-1}>
        Your new token “{token.name}”
      </h2>
      <div className="alert alert-info">
        <strong>Copy it now: you will not see it again.</strong> We keep only a fingerprint of it, so nobody can show it to you later. If you lose it, revoke it
        and create a new one.
      </div>
      <p>
        It may: <strong>{scopeLabel(token.scope)}</strong>. It stops working on <strong>{formatDateTime(token.expiresAt)}</strong>.
      </p>
      <CopyField label="Token" value={token.token} what="token" copiedHint="Copied. Paste it where your script or service keeps its secrets." />
      <p className="field-hint">
        Your script sends it with each request, in the header <code className="break">Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <button type="button" className="button button-primary" onClick={onDone}>
        Done, I have stored it
      </button>
    </section>
  );
}

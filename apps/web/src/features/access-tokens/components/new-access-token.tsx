import { useEffect, useRef } from 'react';
import type { CreatedAccessToken } from '@whispergifts/api-client';
import { CopyField } from '@/components/copy-field';
import { formatDateTime } from '@/lib/dates';
import { scopeLabel } from '../scopes';
import { currentLocale, useT } from '@/lib/i18n';

/**
 * The one moment the token itself is visible. Focus lands on the heading, so keyboard and screen-reader users
 * start right here; "Done" forgets it for good.
 */
export function NewAccessToken({ token, onDone }: { token: CreatedAccessToken; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useT('dashboard');
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack" aria-labelledby="new-token-title">
      <h2 id="new-token-title" ref={heading} tabIndex={-1}>
        {t('dashboard:tokens.new.title', { name: token.name })}
      </h2>
      <div className="alert alert-info">
        <strong>{t('dashboard:tokens.new.copy-now')}</strong> {t('dashboard:tokens.new.fingerprint')}
      </div>
      <p>
        {t('dashboard:tokens.new.may')} <strong>{scopeLabel(token.scope, t)}</strong>. {t('dashboard:tokens.new.stops')}{' '}
        <strong>{formatDateTime(token.expiresAt, currentLocale())}</strong>.
      </p>
      <CopyField label={t('dashboard:tokens.new.token')} value={token.token} what="token" copiedHint={t('dashboard:tokens.new.copied')} />
      <p className="field-hint">
        {t('dashboard:tokens.new.header')} <code className="break">Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <button type="button" className="button button-primary" onClick={onDone}>
        {t('dashboard:tokens.new.done')}
      </button>
    </section>
  );
}

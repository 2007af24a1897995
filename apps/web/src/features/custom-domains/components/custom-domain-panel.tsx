import { useState, type FormEvent, type ReactNode } from 'react';
import type { CustomDomain, Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { CopyField } from '@/components/copy-field';
import { TextField } from '@/components/field';
import { Skeleton } from '@/components/skeleton';
import { formatDateTime } from '@/lib/dates';
import { errorMessage, formErrorsFrom } from '@/lib/form-errors';
import { useT, type Translate } from '@/lib/i18n';
import { rich } from '@/lib/rich-message';
import { useClaimCustomDomain } from '../api/claim-custom-domain';
import { useCustomDomain } from '../api/get-custom-domain';
import { useRemoveCustomDomain } from '../api/remove-custom-domain';
import { useVerifyCustomDomain } from '../api/verify-custom-domain';

const failuresIn = (t: Translate): Record<NonNullable<CustomDomain['failure']>, string> => ({
  'txt-missing': t('dashboard:domains.failure.txt-missing'),
  'txt-mismatch': t('dashboard:domains.failure.txt-mismatch'),
  'dns-error': t('dashboard:domains.failure.dns-error'),
  'taken-over': t('dashboard:domains.failure.taken-over'),
});

const strong = { b: (words: ReactNode) => <strong>{words}</strong> };

/** Standard and Premium: the couple's own domain, verified by a DNS record before it shows their list. */
export function CustomDomainPanel({ registry }: { registry: Registry }) {
  // The plans' limits are the API's (403 plan-limit); this only spares a Free couple a form they cannot use.
  const included = registry.plan !== 'free';
  const domain = useCustomDomain(registry.id, included);
  const t = useT('dashboard');

  return (
    <section className="panel stack" aria-labelledby="custom-domain-title">
      <h2 id="custom-domain-title">{t('dashboard:domains.title')}</h2>
      {!included ? (
        <p>{rich(t('dashboard:domains.not-included', { example: 'gifts.ana-and-ben.com' }), strong)}</p>
      ) : domain.isPending ? (
        <Skeleton height="4rem" />
      ) : domain.isError ? (
        <Alert>{errorMessage(domain.error)}</Alert>
      ) : domain.data.status === 'none' ? (
        <ClaimForm registryId={registry.id} />
      ) : (
        <DomainSteps registryId={registry.id} domain={domain.data} />
      )}
    </section>
  );
}

function ClaimForm({ registryId, initial = '', onDone }: { registryId: string; initial?: string; onDone?: () => void }) {
  const [value, setValue] = useState(initial);
  const claim = useClaimCustomDomain(registryId);
  const t = useT('dashboard');
  const LABELS = { domain: t('dashboard:domains.domain') };
  const errors = formErrorsFrom(claim.error, LABELS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    claim.mutate(value.trim(), { onSuccess: () => onDone?.() });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('dashboard:domains.claim-intro', { example: 'gifts.your-names.com' })}</p>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <TextField
        label={LABELS.domain}
        placeholder="gifts.ana-and-ben.com"
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={errors.fields.domain}
        required
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={claim.isPending}>
          {claim.isPending ? t('dashboard:domains.adding') : t('dashboard:domains.add')}
        </button>
      </div>
    </form>
  );
}

function DomainSteps({ registryId, domain }: { registryId: string; domain: CustomDomain }) {
  const verify = useVerifyCustomDomain(registryId);
  const remove = useRemoveCustomDomain(registryId);
  const t = useT('dashboard');
  const copiedName = t('dashboard:domains.copied-name');
  const [changing, setChanging] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [txt, cname] = domain.records;
  const verified = domain.status === 'verified';

  if (changing) return <ClaimForm registryId={registryId} initial={domain.domain ?? ''} onDone={() => setChanging(false)} />;

  return (
    <div className="stack">
      <p className="domain-status">
        <strong>{domain.domain}</strong>{' '}
        <span className={verified ? 'badge' : 'badge badge-muted'}>{verified ? t('dashboard:domains.verified') : t('dashboard:domains.waiting')}</span>
      </p>
      {verified ? (
        <Alert tone="success">
          {rich(t('dashboard:domains.live', { domain: domain.domain ?? '' }), {
            link: (words) => (
              <a href={`https://${domain.domain}/`} target="_blank" rel="noopener noreferrer">
                {words}
              </a>
            ),
          })}
        </Alert>
      ) : (
        domain.failure && <Alert tone="info">{failuresIn(t)[domain.failure]}</Alert>
      )}
      <ol className="stack domain-steps">
        <li>
          <p>{rich(t('dashboard:domains.txt-step'), strong)}</p>
          <CopyField label={t('dashboard:domains.record-name', { type: 'TXT' })} value={txt.name} what="name" copiedHint={copiedName} />
          <CopyField label={t('dashboard:domains.txt-value')} value={txt.value} what="value" copiedHint={t('dashboard:domains.copied-value')} />
        </li>
        <li>
          <p>
            {rich(t('dashboard:domains.target-step', { type: cname.type }), strong)}
            {cname.type === 'CNAME' && ` ${t('dashboard:domains.apex', { apex: 'ana-and-ben.com', sub: 'gifts.ana-and-ben.com' })}`}
          </p>
          <CopyField label={t('dashboard:domains.record-name', { type: cname.type })} value={cname.name} what="name" copiedHint={copiedName} />
          <CopyField
            label={t('dashboard:domains.record-target', { type: cname.type })}
            value={cname.value}
            what="target"
            copiedHint={t('dashboard:domains.copied-target')}
          />
        </li>
        <li>
          <p>{verified ? t('dashboard:domains.keep-txt') : t('dashboard:domains.then-check')}</p>
        </li>
      </ol>
      {verify.isError && <Alert>{errorMessage(verify.error)}</Alert>}
      {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      <p className="field-hint" role="status">
        {verify.isPending
          ? t('dashboard:domains.checking')
          : domain.checkedAt
            ? t('dashboard:domains.last-checked', { date: formatDateTime(domain.checkedAt) })
            : t('dashboard:domains.not-checked')}
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verified ? t('dashboard:domains.check-again') : t('dashboard:domains.check-now')}
        </button>
        <button type="button" className="button" onClick={() => setChanging(true)}>
          {t('dashboard:domains.change')}
        </button>
        <button type="button" className="button button-danger" onClick={() => setRemoving(true)} disabled={removing}>
          {t('dashboard:domains.remove')}
        </button>
      </div>
      {removing && (
        <div className="stack" role="group" aria-labelledby="remove-domain-question">
          <p id="remove-domain-question">{t('dashboard:domains.remove-question', { domain: domain.domain ?? '' })}</p>
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
              {remove.isPending ? t('dashboard:domains.removing') : t('dashboard:domains.remove-yes')}
            </button>
            <button type="button" className="button" onClick={() => setRemoving(false)}>
              {t('dashboard:domains.keep')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

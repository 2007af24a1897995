import { useState, type FormEvent } from 'react';
import type { CustomDomain, Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { CopyField } from '@/components/copy-field';
import { TextField } from '@/components/field';
import { Skeleton } from '@/components/skeleton';
import { errorMessage, formErrorsFrom } from '@/lib/form-errors';
import { useClaimCustomDomain } from '../api/claim-custom-domain';
import { useCustomDomain } from '../api/get-custom-domain';
import { useRemoveCustomDomain } from '../api/remove-custom-domain';
import { useVerifyCustomDomain } from '../api/verify-custom-domain';

const FAILURES: Record<NonNullable<CustomDomain['failure']>, string> = {
  'txt-missing': 'We did not find the TXT record yet. New records can take up to an hour to appear; check again later.',
  'txt-mismatch': 'We found a TXT record, but not with this code. Check that its value is exactly the one below.',
  'dns-error': 'Your domain’s DNS did not answer. Try again in a few minutes.',
  'taken-over': 'Another gift list proved this domain since: its TXT record replaced yours. Publish yours again to take it back.',
};

const LABELS = { domain: 'Your domain' };

/** Standard and Premium: the couple's own domain, verified by a DNS record before it shows their list. */
export function CustomDomainPanel({ registry }: { registry: Registry }) {
  // The plans' limits are the API's (403 plan-limit); this only spares a Free couple a form they cannot use.
  const included = registry.plan !== 'free';
  const domain = useCustomDomain(registry.id, included);

  return (
    <section className="panel stack" aria-labelledby="custom-domain-title">
      <h2 id="custom-domain-title">Your own domain</h2>
      {!included ? (
        <p>
          Show your list at a domain of your own, such as <strong>gifts.ana-and-ben.com</strong>. It comes with the Standard and Premium plans.
        </p>
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
  const errors = formErrorsFrom(claim.error, LABELS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    claim.mutate(value.trim(), { onSuccess: () => onDone?.() });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>Use a domain you own (or a part of it, such as gifts.your-names.com). We will show you the two DNS records to add.</p>
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
          {claim.isPending ? 'Adding…' : 'Add domain'}
        </button>
      </div>
    </form>
  );
}

function DomainSteps({ registryId, domain }: { registryId: string; domain: CustomDomain }) {
  const verify = useVerifyCustomDomain(registryId);
  const remove = useRemoveCustomDomain(registryId);
  const [changing, setChanging] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [txt, cname] = domain.records;
  const verified = domain.status === 'verified';

  if (changing) return <ClaimForm registryId={registryId} initial={domain.domain ?? ''} onDone={() => setChanging(false)} />;

  return (
    <div className="stack">
      <p className="domain-status">
        <strong>{domain.domain}</strong> <span className={verified ? 'badge' : 'badge badge-muted'}>{verified ? 'Verified' : 'Waiting for DNS'}</span>
      </p>
      {verified ? (
        <Alert tone="success">
          Guests can open your list at{' '}
          <a href={`https://${domain.domain}/`} target="_blank" rel="noopener noreferrer">
            {domain.domain}
          </a>{' '}
          (opens in a new tab), once the second record below points it here.
        </Alert>
      ) : (
        domain.failure && <Alert tone="info">{FAILURES[domain.failure]}</Alert>
      )}
      <ol className="stack domain-steps">
        <li>
          <p>
            At the company that runs your domain’s DNS, add a <strong>TXT</strong> record. It proves the domain is yours.
          </p>
          <CopyField label="TXT record name" value={txt.name} what="name" copiedHint="Copied. Paste it as the record’s name (or host)." />
          <CopyField label="TXT record value" value={txt.value} what="value" copiedHint="Copied. Paste it as the record’s value." />
        </li>
        <li>
          <p>
            Add {cname.type === 'CNAME' ? 'a' : 'an'} <strong>{cname.type}</strong> record, which sends your guests here.
            {cname.type === 'CNAME' &&
              ' For a domain with nothing in front (ana-and-ben.com rather than gifts.ana-and-ben.com), use your provider’s ALIAS or ANAME record instead.'}
          </p>
          <CopyField label={`${cname.type} record name`} value={cname.name} what="name" copiedHint="Copied. Paste it as the record’s name (or host)." />
          <CopyField label={`${cname.type} record points to`} value={cname.value} what="target" copiedHint="Copied. Paste it as the record’s target." />
        </li>
        <li>
          <p>
            {verified
              ? 'Keep the TXT record: if it goes, the next check stops your domain showing the list.'
              : 'Then check. Until we find the TXT record, your domain shows nothing.'}
          </p>
        </li>
      </ol>
      {verify.isError && <Alert>{errorMessage(verify.error)}</Alert>}
      {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      <p className="field-hint" role="status">
        {verify.isPending ? 'Checking your DNS…' : domain.checkedAt ? `Last checked ${new Date(domain.checkedAt).toLocaleString()}.` : 'Not checked yet.'}
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verified ? 'Check again' : 'Check now'}
        </button>
        <button type="button" className="button" onClick={() => setChanging(true)}>
          Use another domain
        </button>
        <button type="button" className="button button-danger" onClick={() => setRemoving(true)} disabled={removing}>
          Remove domain
        </button>
      </div>
      {removing && (
        <div className="stack" role="group" aria-labelledby="remove-domain-question">
          <p id="remove-domain-question">Remove {domain.domain}? Guests who use it will no longer reach your list; the link with our address keeps working.</p>
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
              {remove.isPending ? 'Removing…' : 'Yes, remove it'}
            </button>
            <button type="button" className="button" onClick={() => setRemoving(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiProblem, type ShopLinkSuggestion } from '@whispergifts/api-client';
import { Trans } from '@lingui/react';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { TextField } from '@/components/field';
import { useT, type Translate } from '@/lib/i18n';
import { useSuggestItem } from '../api/suggest-item';

/** Why a link could not be read, in the couple's words (the API's `reason`). */
const reasons = (t: Translate): Record<string, string> => ({
  address: t('gifts:shop-link.reason.address'),
  port: t('gifts:shop-link.reason.address'),
  scheme: t('gifts:shop-link.reason.scheme'),
  dns: t('gifts:shop-link.reason.dns'),
  network: t('gifts:shop-link.reason.network'),
  timeout: t('gifts:shop-link.reason.timeout'),
  'too-many-redirects': t('gifts:shop-link.reason.too-many-redirects'),
  'too-large': t('gifts:shop-link.reason.too-large'),
  'content-type': t('gifts:shop-link.reason.content-type'),
  encoding: t('gifts:shop-link.reason.encoding'),
  'http-status': t('gifts:shop-link.reason.http-status'),
});

export function shopLinkMessage(t: Translate, error: unknown): string {
  if (isApiProblem(error)) {
    const reason = (error.body as { reason?: string }).reason;
    const said = reason ? reasons(t)[reason] : undefined;
    if (said) return said;
    if (error.status === 429) return t('gifts:shop-link.too-many');
    if (error.status === 400) return t('gifts:shop-link.reason.scheme');
  }
  return t('gifts:shop-link.unreadable');
}

/**
 * "Paste a shop link": reads the product page and hands the suggestion to the add-gift form for review.
 * `initialLink` (from the bookmarklet or the share sheet) is read at once.
 */
export function ShopLinkField({
  registryId,
  initialLink,
  onSuggestion,
}: {
  registryId: string;
  initialLink?: string;
  onSuggestion: (s: ShopLinkSuggestion) => void;
}) {
  const t = useT('gifts');
  const suggest = useSuggestItem(registryId);
  const [link, setLink] = useState(initialLink ?? '');
  const started = useRef(false);

  const read = (url: string) => suggest.mutate(url.trim(), { onSuccess: onSuggestion });

  useEffect(() => {
    if (initialLink && !started.current) {
      started.current = true;
      read(initialLink);
    }
    // Once, for the link the page was opened with.
  }, [initialLink]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (link.trim()) read(link);
  }

  return (
    <form className="form shop-link-form" onSubmit={submit} noValidate aria-label={t('gifts:shop-link.form-label')}>
      <div className="shop-link-row">
        <TextField
          label={t('gifts:shop-link.label')}
          name="shopLink"
          type="url"
          inputMode="url"
          placeholder="https://"
          hint={t('gifts:shop-link.hint')}
          value={link}
          onChange={(e) => setLink(e.target.value)}
        />
        <button type="submit" className="button" disabled={suggest.isPending || !link.trim()}>
          {suggest.isPending ? t('gifts:shop-link.reading') : t('gifts:shop-link.fill-in')}
        </button>
      </div>
      {suggest.isError && <Alert>{shopLinkMessage(t, suggest.error)}</Alert>}
      <p className="field-hint">
        <Trans id="gifts:shop-link.bookmarklet" components={{ 0: <Link to={paths.addPage()} /> }} />
      </p>
    </form>
  );
}

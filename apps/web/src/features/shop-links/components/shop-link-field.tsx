import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiProblem, type ShopLinkSuggestion } from '@whispergifts/api-client';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { paths } from '@/config/paths';
import { TextField } from '@/components/field';
import { useSuggestItem } from '../api/suggest-item';

/** Why a link could not be read, in the couple's words (the API's `reason`). */
const REASONS: Record<string, string> = {
  address: 'That address is not a public web page, so WhisperGifts does not open it.',
  port: 'That address is not a public web page, so WhisperGifts does not open it.',
  scheme: 'Paste a link that starts with http:// or https://.',
  dns: 'That shop’s address does not exist. Check the link.',
  network: 'The shop did not answer. Try again later, or fill in the gift yourself.',
  timeout: 'The shop took too long to answer. Try again, or fill in the gift yourself.',
  'too-many-redirects': 'The shop kept sending us elsewhere. Try the link of the product page itself.',
  'too-large': 'That page is too large to read. Fill in the gift yourself.',
  'content-type': 'That link is not a web page. Try the link of the product page.',
  encoding: 'That page could not be read. Fill in the gift yourself.',
  'http-status': 'The shop says that page does not exist (any more). Check the link.',
};

export function shopLinkMessage(error: unknown): string {
  if (isApiProblem(error)) {
    const reason = (error.body as { reason?: string }).reason;
    if (reason && REASONS[reason]) return REASONS[reason];
    if (error.status === 429) return 'You have read many shop links in a short time. Try again in a while.';
    if (error.status === 400) return 'Paste a link that starts with http:// or https://.';
  }
  return 'That link could not be read. Fill in the gift yourself.';
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
    <form className="form shop-link-form" onSubmit={submit} noValidate aria-label="Fill in from a shop link">
      <div className="shop-link-row">
        <TextField
          label="Paste a shop link"
          name="shopLink"
          type="url"
          inputMode="url"
          placeholder="https://"
          hint="We read the product’s name, price and photo for you to check."
          value={link}
          onChange={(e) => setLink(e.target.value)}
        />
        <button type="submit" className="button" disabled={suggest.isPending || !link.trim()}>
          {suggest.isPending ? 'Reading…' : 'Fill in'}
        </button>
      </div>
      {suggest.isError && <Alert>{shopLinkMessage(suggest.error)}</Alert>}
      <p className="field-hint">
        Adding from a shop’s page? <Link to={paths.addPage()}>Get the “Add to WhisperGifts” button</Link> for your browser.
      </p>
    </form>
  );
}

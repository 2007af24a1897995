import { useEffect, useRef } from 'react';
import { useT } from '@/lib/i18n';

/**
 * A link to drag to the bookmarks bar: on any shop's page it opens WhisperGifts' "add a gift" with that page's
 * address. React refuses `javascript:` in `href`, so the address is set on the element itself.
 */
export function Bookmarklet({ origin, addPage }: { origin: string; addPage: string }) {
  const t = useT('gifts');
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const target = `${origin}${addPage}?url=`;
    link.current?.setAttribute('href', `javascript:void(window.open(${JSON.stringify(target)}+encodeURIComponent(location.href)))`);
  }, [origin, addPage]);
  return (
    <a ref={link} className="button bookmarklet" onClick={(e) => e.preventDefault()} draggable>
      {t('gifts:bookmarklet.button')}
    </a>
  );
}

/** The shop link in what a phone's share sheet hands over: `url`, or the first address in `text` (some apps send only text). */
export function sharedLink(params: URLSearchParams): string | null {
  const url = params.get('url')?.trim();
  if (url && /^https?:\/\//i.test(url)) return url;
  const inText = /https?:\/\/\S+/i.exec(`${params.get('text') ?? ''} ${params.get('title') ?? ''}`);
  return inText ? inText[0] : null;
}

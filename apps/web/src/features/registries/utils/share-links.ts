/** What a shared post says: the couple's names (or the list's title) and the link. */
export interface ShareMessage {
  title: string;
  text: string;
  url: string;
}

/** What a post says, in the couple's words: `text` is given the names (`Ana & Ben: our wedding gift list`), `body` the link. */
export interface ShareWords {
  text: (names: string) => string;
  body: (url: string) => string;
}

const ENGLISH: ShareWords = {
  text: (names) => `${names}: our wedding gift list`,
  body: (url) => `We would love you to see our gift list:\n${url}`,
};

export function shareMessage(registry: { title: string; coupleNames: string; guestUrl: string }, words: ShareWords = ENGLISH): ShareMessage & { body: string } {
  const names = registry.coupleNames.trim() || registry.title.trim();
  return { title: registry.title, text: words.text(names), url: registry.guestUrl, body: words.body(registry.guestUrl) };
}

const q = encodeURIComponent;

/**
 * Each network's own "share this" address, with every part percent-encoded (an ampersand in "Ana & Ben" must not end
 * the parameter). WhatsApp and e-mail take one text, so the link goes at its end; Facebook takes only the link and
 * reads the names from the page's preview meta.
 */
export const shareLinks = (m: ShareMessage & { body: string }) => ({
  whatsapp: `https://wa.me/?text=${q(`${m.text} ${m.url}`)}`,
  facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(m.url)}`,
  x: `https://x.com/intent/post?text=${q(m.text)}&url=${q(m.url)}`,
  email: `mailto:?subject=${q(m.text)}&body=${q(m.body)}`,
});

/** The phone's own share sheet (Web Share API), where the browser has one: most phones, few desktops. */
export const canShareNatively = (m: ShareMessage) =>
  typeof navigator !== 'undefined' && typeof navigator.share === 'function' && (typeof navigator.canShare !== 'function' || navigator.canShare(m));

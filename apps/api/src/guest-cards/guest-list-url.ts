/** The gift list's address for guests: the couple's verified domain when there is one, else ours. */
export function guestListUrl(publicUrl: string, slug: string, customDomain: string | null): string {
  if (customDomain) return `${new URL(publicUrl).protocol}//${customDomain}/`;
  return `${publicUrl}/r/${slug}`;
}

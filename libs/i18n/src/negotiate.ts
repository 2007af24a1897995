import { DEFAULT_LANGUAGE, type Language, isLanguage } from './languages';

/** The range `de-CH;q=0.8` as its primary subtag and weight; `*` and malformed parts are dropped. */
function ranges(header: string): { code: string; q: number; order: number }[] {
  return header
    .split(',')
    .slice(0, 32) // a header is bounded by the server's header size; this bounds the work per request too
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
      return { code: (tag ?? '').trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q[1]) : 1, order };
    })
    .filter((r) => /^[a-z]{2,3}$/.test(r.code) && r.q > 0);
}

/**
 * The best of our languages for a list of preferences: an `Accept-Language` header (RFC 9110 §12.5.4, weights
 * honoured, regions ignored: `pt-BR` is Portuguese) or `navigator.languages`. Undefined when none is ours.
 */
export function negotiateLanguage(preferences: string | readonly string[] | undefined | null): Language | undefined {
  if (!preferences) return undefined;
  const list = typeof preferences === 'string' ? ranges(preferences) : ranges(preferences.join(','));
  const best = list.sort((a, b) => b.q - a.q || a.order - b.order).find((r) => isLanguage(r.code));
  return best?.code as Language | undefined;
}

/** As `negotiateLanguage`, falling back to English. */
export function negotiateLanguageOrDefault(preferences: string | readonly string[] | undefined | null): Language {
  return negotiateLanguage(preferences) ?? DEFAULT_LANGUAGE;
}

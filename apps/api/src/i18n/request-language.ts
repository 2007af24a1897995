import { type Language, negotiateLanguageOrDefault } from '@whispergifts/i18n';
import type { FastifyRequest } from 'fastify';

/** The language a request asks for (`Accept-Language`), English when it names none of ours. */
export function requestLanguage(request: Pick<FastifyRequest, 'headers'>): Language {
  return negotiateLanguageOrDefault(request.headers['accept-language']);
}

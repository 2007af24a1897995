import { registerDecorator, ValidationOptions } from 'class-validator';
import { domainToASCII } from 'node:url';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code this runtime knows (EUR, GBP, USD, JPY, ...). */
export function IsCurrency(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCurrency',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && CURRENCIES.has(value),
        defaultMessage: () => `${propertyName} must be an ISO 4217 currency code such as EUR, GBP or USD`,
      },
    });
}

// Area/Location names (and UTC). ICU also takes offsets (+01:00) and abbreviations (CET): those are not what a couple
// means by "where we live", and offsets do not follow summer time. Aliases ICU knows (Asia/Calcutta) are fine.
const IANA_NAME = /^(UTC|[A-Z][A-Za-z0-9_+-]*(\/[A-Za-z0-9][A-Za-z0-9_+-]*){1,2})$/;

/** An IANA time zone name this runtime knows, such as Europe/Lisbon or America/New_York. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64 || !IANA_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: isTimeZone,
        defaultMessage: () => `${propertyName} must be an IANA time zone name such as Europe/Lisbon or America/New_York`,
      },
    });
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value),
        defaultMessage: () => `${propertyName} must be a date written YYYY-MM-DD`,
      },
    });
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** RFC 5321's dot-string in ASCII: atoms of these characters joined by single dots. No quoting, no comments. */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * An address that mail is actually delivered to, which is narrower than what RFC 5322 allows: an ASCII dot-atom
 * local part of at most 64 characters (no quoted local parts like `"a,b"@example.com`, which SMTP servers and
 * mail providers refuse, and no non-ASCII local parts, which need SMTPUTF8 end to end) at a host name with a
 * dot and an alphabetic top-level domain (no IP literals, no `localhost`). International domain names are
 * accepted: they are sent as their punycode (A-label) form.
 */
export function isDeliverableEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  if (at < 1 || local.length > 64 || !LOCAL_PART.test(local)) return false;
  const domain = value.slice(at + 1);
  // domainToASCII lower-cases and punycodes, answering '' for what is not a host name; it also drops white space and
  // decodes %-escapes, hence the character check first. IP addresses pass it, so the top-level domain must be letters.
  const ascii = /^[a-z0-9.\-\u0080-\uffff]+$/i.test(domain) ? domainToASCII(domain) : '';
  if (!ascii || ascii.length > 253) return false;
  const labels = ascii.split('.');
  const tld = labels.at(-1)!;
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && (/^[a-z]{2,63}$/.test(tld) || /^xn--[a-z0-9-]{1,59}$/.test(tld));
}

/** The one check of every e-mail address the API accepts (see isDeliverableEmail). */
export function IsDeliverableEmail(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDeliverableEmail',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: isDeliverableEmail,
        defaultMessage: () => `${propertyName} must be an e-mail address`,
      },
    });
}

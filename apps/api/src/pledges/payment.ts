import type { Giving } from '../registries/registry.entity';
import type { PaymentDto } from './dto/pledge.dto';
import { majorUnits } from './dto/money';
import { epcPayload } from './epc';

export const AMOUNT_PLACEHOLDER = '{amount}';

/** How a guest pays this pledge: the couple's instructions and account, the rendered link, the EPC QR payload. */
export function paymentFor(giving: Giving | null, currency: string, amountMinor: number, reference: string): PaymentDto {
  return {
    reference,
    instructions: giving?.instructions || null,
    link: giving?.paymentLinkTemplate ? paymentLink(giving.paymentLinkTemplate, amountMinor, currency) : null,
    epcPayload: epcPayload({ bic: giving?.bic, name: giving?.accountHolder, iban: giving?.iban, amountMinor, currency, remittance: reference }),
    accountHolder: giving?.accountHolder || null,
    iban: giving?.iban || null,
    bic: giving?.bic || null,
  };
}

/** The template with the amount in major units (`50.00`; `5000` for yen) wherever `{amount}` stands. */
export function paymentLink(template: string, amountMinor: number, currency: string): string {
  return template.split(AMOUNT_PLACEHOLDER).join(majorUnits(amountMinor, currency));
}

/**
 * Why a template is refused, or null when it is fine: an https address (checked with `{amount}` filled in) whose
 * host is a name, not an IP literal (a link to an address is how phishing looks), with `{amount}` in it.
 */
export function paymentLinkProblem(template: string): string | null {
  if (!template.includes(AMOUNT_PLACEHOLDER)) return `must contain ${AMOUNT_PLACEHOLDER} where the amount goes`;
  let url: URL;
  try {
    url = new URL(paymentLink(template, 5000, 'EUR'));
  } catch {
    return 'must be an https address such as https://paypal.me/you/{amount}';
  }
  if (url.protocol !== 'https:') return 'must be an https address';
  if (url.username || url.password) return 'must not contain a user name or password';
  const host = url.hostname;
  if (host.startsWith('[') || /^[\d.]+$/.test(host) || /^0x/i.test(host)) return 'must name a host, not an IP address';
  if (!host.includes('.') || !/^[a-z]{2,63}$/i.test(host.split('.').at(-1) ?? '')) return 'must name a public host such as paypal.me';
  return null;
}

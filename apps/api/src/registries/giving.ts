import { isValidBIC, isValidIBAN } from 'ibantools';
import type { FieldError } from '../common/problem/problem';
import { validationProblem } from '../common/problem/problem';
import { paymentLinkProblem } from '../pledges/payment';
import type { GivingInputDto } from './dto/giving.dto';
import type { Giving } from './registry.entity';

/**
 * The giving settings after a PATCH: the fields sent replace the stored ones ('' or null clears one), null clears
 * all. The IBAN must pass its checksum and the BIC its format (ibantools), the link template paymentLinkProblem.
 */
export function nextGiving(input: GivingInputDto | null, current: Giving | null): Giving | null {
  if (input === null) return null;
  const merged: Giving = { ...(current ?? {}) };
  for (const key of ['instructions', 'accountHolder', 'iban', 'bic', 'paymentLinkTemplate'] as const) {
    if (input[key] !== undefined) merged[key] = input[key] || null;
  }
  const errors: FieldError[] = [];
  if (merged.iban && !isValidIBAN(merged.iban))
    errors.push({ pointer: '#/giving/iban', code: 'invalid-iban', detail: 'iban is not a valid IBAN (check the digits)' });
  if (merged.bic && !isValidBIC(merged.bic))
    errors.push({ pointer: '#/giving/bic', code: 'invalid-bic', detail: 'bic must be a BIC of 8 or 11 characters, e.g. COBADEFFXXX' });
  const linkProblem = merged.paymentLinkTemplate ? paymentLinkProblem(merged.paymentLinkTemplate) : null;
  if (linkProblem) errors.push({ pointer: '#/giving/paymentLinkTemplate', code: 'invalid-url', detail: `paymentLinkTemplate ${linkProblem}` });
  if (errors.length) throw validationProblem(errors);
  return Object.values(merged).some((value) => value) ? merged : null;
}

import { isDeliverableEmail } from '../common/http/validators';
import { FieldError, validationProblem } from '../common/problem/problem';

export const MAX_INVITATIONS_PER_REQUEST = 50;

/**
 * The distinct addresses of a sharing request, normalized (trimmed, lower case) in the order given. Refuses the
 * whole request if any entry is not an address, naming each by its index, so the couple can fix the typos.
 */
export function distinctAddresses(entries: unknown[]): string[] {
  const errors: FieldError[] = [];
  const addresses = new Set<string>();
  entries.forEach((entry, index) => {
    const address = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    if (!isDeliverableEmail(address)) errors.push({ pointer: `#/emails/${index}`, code: 'invalid-email', detail: 'must be an e-mail address' });
    else addresses.add(address);
  });
  if (errors.length) throw validationProblem(errors, `${errors.length} of the addresses ${errors.length === 1 ? 'is' : 'are'} not valid; see \`errors\`.`);
  return [...addresses];
}

import type { AppConfig } from '../common/config/app-config';
import { derivedToken } from '../common/crypto/tokens';

/** Derived from the server secret and the invitation id, so the worker can put the link in the e-mail from the id alone. */
export function partnerInvitationToken(secret: string, invitationId: string): string {
  return derivedToken(secret, 'partner-invitation', invitationId, 'wgi_');
}

export function partnerInvitationUrl(config: Pick<AppConfig, 'publicUrl' | 'sessionSecret'>, invitationId: string): string {
  return `${config.publicUrl}/invitations/${partnerInvitationToken(config.sessionSecret, invitationId)}`;
}

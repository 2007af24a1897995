import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password-protected list's invitations may carry its password (issue 15, item 7), when the couple chooses so
 * while sending. Only the argon2 hash of the password is kept on the registry, so the password the couple typed
 * is stored with those invitations for the worker to put in the e-mail (as the message is); it goes to every guest
 * invited anyway. The e-mail includes it only while it is still the list's password.
 */
export class ShareInvitationPassword1765070000000 implements MigrationInterface {
  name = 'ShareInvitationPassword1765070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE share_invitations ADD COLUMN list_password text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE share_invitations DROP COLUMN list_password');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The couple's message goes with each sharing invitation. It is stored with the invitation, so the e-mail job
 * carries only the invitation id, and we can see what was sent in our name if a recipient complains.
 */
export class ShareInvitationMessage1763920000000 implements MigrationInterface {
  name = 'ShareInvitationMessage1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE share_invitations ADD COLUMN message text NOT NULL DEFAULT ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE share_invitations DROP COLUMN message');
  }
}

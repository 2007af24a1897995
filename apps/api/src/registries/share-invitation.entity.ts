import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A guest the couple shared the gift list with by e-mail. The rows also count toward the daily sending limit. */
@Entity('share_invitations')
export class ShareInvitation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'registry_id' }) registryId!: string;
  @Column('text') email!: string;
  @Column('text') message!: string;
  /** The list's password, when the couple chose to include it in the e-mail; never read back (nor exported). */
  @Column('text', { name: 'list_password', nullable: true, select: false }) listPassword!: string | null;
  @Column('uuid', { name: 'invited_by' }) invitedBy!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
}

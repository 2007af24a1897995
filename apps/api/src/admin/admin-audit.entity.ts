import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = [
  'user.verify-email',
  'user.disable',
  'user.enable',
  'user.make-admin',
  'user.remove-admin',
  'registry.change-plan',
  'registry.suspend',
  'registry.change-suspension-reason',
  'registry.lift-suspension',
  'order.refund',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditTargetType = 'user' | 'registry' | 'order';

/** One admin action: who did what to which account or registry, and the fields it changed, before and after. */
@Entity('admin_audit')
export class AdminAudit {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Null once the administrator's account is deleted; `actorEmail` still says who. */
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text', { name: 'actor_email' }) actorEmail!: string;
  @Column('text') action!: AuditAction;
  @Column('text', { name: 'target_type' }) targetType!: AuditTargetType;
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  @Column('jsonb') before!: Record<string, unknown>;
  @Column('jsonb') after!: Record<string, unknown>;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
}

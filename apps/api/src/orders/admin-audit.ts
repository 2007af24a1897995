import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One administrator's action, as the audit log keeps it (who, what, on what, before and after). */
export interface AdminAuditEntry {
  actorUserId: string;
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Where admin actions of this feature are written. The audit log belongs to the admin area (its table and its
 * page); this is the one call orders make, so the admin feature can provide its own implementation in its place.
 */
export abstract class AdminAudit {
  abstract record(entry: AdminAuditEntry): Promise<void>;
}

/** Writes the entry into `admin_audit` (the table the admin area's migration creates, 1765010000000). */
@Injectable()
export class SqlAdminAudit extends AdminAudit {
  constructor(private readonly db: DataSource) {
    super();
  }

  async record(entry: AdminAuditEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO admin_audit (id, actor_user_id, action, target_type, target_id, before, after, created_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, now())`,
      [entry.actorUserId, entry.action, entry.targetType, entry.targetId, entry.before, entry.after],
    );
  }
}

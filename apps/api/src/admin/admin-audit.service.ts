import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { User } from '../accounts/user.entity';
import { decodeCursor, encodeCursor } from '../common/http/cursor-page';
import { AdminAudit, AuditAction, AuditTargetType } from './admin-audit.entity';
import { AdminAuditListDto, AdminAuditQuery } from './dto/admin-audit.dto';

export interface AuditChange {
  action: AuditAction;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** The audit log of admin actions: written in the caller's transaction, so a change and its row commit together. */
@Injectable()
export class AdminAuditService {
  constructor(@InjectRepository(AdminAudit) private readonly audit: Repository<AdminAudit>) {}

  async record(tx: EntityManager, actorId: string, target: { type: AuditTargetType; id: string }, changes: AuditChange[]): Promise<void> {
    if (!changes.length) return;
    const actor = await tx.findOneOrFail(User, { where: { id: actorId }, select: { id: true, email: true } });
    const rows = changes.map((change) => tx.create(AdminAudit, { actorId, actorEmail: actor.email, targetType: target.type, targetId: target.id, ...change }));
    await tx.save(rows);
  }

  async list(query: AdminAuditQuery): Promise<AdminAuditListDto> {
    const limit = query.limit ?? 50;
    const qb = this.audit
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor);
      qb.andWhere('(a.created_at, a.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      entries: page.map((row) => ({
        id: row.id,
        actor: { id: row.actorId, email: row.actorEmail },
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        before: row.before,
        after: row.after,
        createdAt: row.createdAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    };
  }
}

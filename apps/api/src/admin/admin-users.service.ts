import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { Sessions } from '../accounts/sessions';
import { User } from '../accounts/user.entity';
import { ProblemException, notFound, validationProblem, msg } from '../common/problem/problem';
import { decodeCursor } from '../common/http/cursor-page';
import { AdminAuditService, AuditChange } from './admin-audit.service';
import { AdminListQuery, containsPattern } from './dto/admin-page.dto';
import { AdminUserDto, AdminUserListDto, UpdateAdminUserDto } from './dto/admin-users.dto';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: User['role'];
  email_verified_at: Date | null;
  disabled_at: Date | null;
  created_at: Date;
  registries: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Administrators look after accounts: find them, verify an address, disable or enable, make or remove an admin. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: Sessions,
    private readonly audit: AdminAuditService,
  ) {}

  async list(query: AdminListQuery): Promise<AdminUserListDto> {
    const limit = query.limit ?? 50;
    const rows = await this.rows(this.db.manager, { q: query.q, cursor: query.cursor, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { users: page.map(toDto), nextCursor: rows.length > limit && last ? cursorOf(last) : null };
  }

  /**
   * Every change and its audit rows in one transaction. Disabling ends the account's sessions before the commit
   * (a session is the one credential the guard does not look up: the owners' cached views answer it without SQL),
   * so its next request is 401; its tokens are refused from the commit on (AccessTokensService joins the account).
   */
  async update(actorId: string, userId: string, dto: UpdateAdminUserDto, sessionStore: FastifyRequest['sessionStore']): Promise<AdminUserDto> {
    if (dto.emailVerified === undefined && dto.disabled === undefined && dto.role === undefined) {
      throw validationProblem([{ pointer: '#', code: 'required', detail: 'send at least one of emailVerified, disabled and role' }]);
    }
    if (dto.disabled === true && userId === actorId) {
      throw new ProblemException(409, 'last-admin', msg('problems:admin.last-admin'));
    }
    return this.db.transaction(async (tx) => {
      // Lock the active administrators first, always in the same order, so two admins demoting each other at once
      // run one after the other (and the second finds it would leave nobody) instead of deadlocking.
      const admins = (await tx.query("SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE")) as { id: string }[];
      const user = await tx.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('account');

      const now = new Date();
      const changes: AuditChange[] = [];
      const next: Partial<User> = {};
      if (dto.emailVerified && !user.emailVerifiedAt) {
        next.emailVerifiedAt = now;
        changes.push({ action: 'user.verify-email', before: { emailVerifiedAt: null }, after: { emailVerifiedAt: now.toISOString() } });
      }
      if (dto.disabled !== undefined && dto.disabled !== (user.disabledAt !== null)) {
        next.disabledAt = dto.disabled ? now : null;
        changes.push({
          action: dto.disabled ? 'user.disable' : 'user.enable',
          before: { disabledAt: iso(user.disabledAt) },
          after: { disabledAt: iso(next.disabledAt) },
        });
      }
      if (dto.role !== undefined && dto.role !== user.role) {
        next.role = dto.role;
        changes.push({ action: dto.role === 'admin' ? 'user.make-admin' : 'user.remove-admin', before: { role: user.role }, after: { role: dto.role } });
      }
      const activeAdminAfter = (next.role ?? user.role) === 'admin' && (next.disabledAt === undefined ? user.disabledAt : next.disabledAt) === null;
      if (admins.some((a) => a.id === userId) && !activeAdminAfter && admins.length === 1) {
        throw new ProblemException(409, 'last-admin', msg('problems:admin.last-admin-2'));
      }

      if (changes.length) {
        await tx.update(User, { id: userId }, { ...next, updatedAt: now });
        await this.audit.record(tx, actorId, { type: 'user', id: userId }, changes);
      }
      if (next.disabledAt) await this.sessions.endAll(sessionStore, userId);
      const [row] = await this.rows(tx, { id: userId, limit: 1 });
      return toDto(row);
    });
  }

  private async rows(db: EntityManager, filter: { q?: string; id?: string; cursor?: string; limit: number }): Promise<UserRow[]> {
    const [createdAt, afterId] = filter.cursor ? decodeCursor(filter.cursor) : [null, null];
    const q = filter.q || null;
    return (await db.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.email_verified_at, u.disabled_at, u.created_at,
              (SELECT count(*)::int FROM registry_owners o WHERE o.user_id = u.id) AS registries
         FROM users u
        WHERE ($1::text IS NULL OR u.email ILIKE $2 OR u.display_name ILIKE $2 OR u.id::text = lower($1))
          AND ($3::uuid IS NULL OR u.id = $3)
          AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', u.created_at), u.id) < ($4::timestamptz, $5::uuid))
        ORDER BY date_trunc('milliseconds', u.created_at) DESC, u.id DESC
        LIMIT $6`,
      [q, q ? containsPattern(q) : null, filter.id && UUID.test(filter.id) ? filter.id : null, createdAt, afterId, filter.limit],
    )) as UserRow[];
  }
}

function toDto(row: UserRow): AdminUserDto {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    emailVerifiedAt: iso(row.email_verified_at),
    disabledAt: iso(row.disabled_at),
    registries: row.registries,
    createdAt: row.created_at.toISOString(),
  };
}

const cursorOf = (row: { created_at: Date; id: string }) => Buffer.from(JSON.stringify([row.created_at.toISOString(), row.id])).toString('base64url');

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { notFound, validationProblem } from '../common/problem/problem';
import { RegistryWrites } from '../registries/registry-writes.service';
import { Registry } from '../registries/registry.entity';
import type { Visibility } from '../registries/registry.entity';
import { decodeCursor } from '../common/http/cursor-page';
import { AdminAuditService, AuditChange } from './admin-audit.service';
import { AdminListQuery, containsPattern } from './dto/admin-page.dto';
import { AdminRegistryDto, AdminRegistryListDto, AdminRegistryOwnerDto, UpdateAdminRegistryDto } from './dto/admin-registries.dto';

interface RegistryRow {
  id: string;
  slug: string;
  title: string;
  couple_names: string;
  event_date: string | null;
  visibility: Visibility;
  plan: string;
  suspended_at: Date | null;
  suspended_reason: string | null;
  version: number;
  created_at: Date;
  items: number;
  owners: AdminRegistryOwnerDto[];
}

/** Administrators look after registries: find them, grant a plan, suspend one for abuse with a reason, lift it. */
@Injectable()
export class AdminRegistriesService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: RegistryWrites,
    private readonly audit: AdminAuditService,
    private readonly config: AppConfig,
  ) {}

  async list(query: AdminListQuery): Promise<AdminRegistryListDto> {
    const limit = query.limit ?? 50;
    const rows = await this.rows(this.db.manager, { q: query.q, cursor: query.cursor, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      registries: page.map((row) => this.toDto(row)),
      nextCursor: rows.length > limit && last ? Buffer.from(JSON.stringify([last.created_at.toISOString(), last.id])).toString('base64url') : null,
    };
  }

  /**
   * Through RegistryWrites like every write to a registry: the version goes up, so every cached copy of the list
   * (the guest page, the couple's views, the edge) is stale at once, and the audit rows commit with the change.
   */
  async update(actorId: string, registryId: string, dto: UpdateAdminRegistryDto): Promise<AdminRegistryDto> {
    if (dto.plan === undefined && dto.suspended === undefined && dto.suspendedReason === undefined) {
      throw validationProblem([{ pointer: '#', code: 'required', detail: 'send at least one of plan, suspended and suspendedReason' }]);
    }
    if (dto.suspended === false && dto.suspendedReason !== undefined) throw reasonNotApplicable('a suspension being lifted has no reason');
    await this.writes.byId(registryId, async (tx, registry) => {
      const changes: AuditChange[] = [];
      const next: Partial<Registry> = {};
      if (dto.plan !== undefined && dto.plan !== registry.plan) {
        next.plan = dto.plan;
        changes.push({ action: 'registry.change-plan', before: { plan: registry.plan }, after: { plan: dto.plan } });
      }
      const before = { suspendedAt: registry.suspendedAt?.toISOString() ?? null, suspendedReason: registry.suspendedReason };
      const suspend = dto.suspended ?? registry.suspendedAt !== null;
      if (!suspend && registry.suspendedAt) {
        Object.assign(next, { suspendedAt: null, suspendedReason: null });
        changes.push({ action: 'registry.lift-suspension', before, after: { suspendedAt: null, suspendedReason: null } });
      } else if (suspend) {
        const reason = dto.suspendedReason ?? registry.suspendedReason;
        if (!reason) {
          throw validationProblem([{ pointer: '#/suspendedReason', code: 'required', detail: 'say why the list is suspended: guests are shown it' }]);
        }
        if (!registry.suspendedAt) {
          const now = new Date();
          Object.assign(next, { suspendedAt: now, suspendedReason: reason });
          changes.push({ action: 'registry.suspend', before, after: { suspendedAt: now.toISOString(), suspendedReason: reason } });
        } else if (reason !== registry.suspendedReason) {
          next.suspendedReason = reason;
          changes.push({
            action: 'registry.change-suspension-reason',
            before: { suspendedReason: registry.suspendedReason },
            after: { suspendedReason: reason },
          });
        }
      } else if (dto.suspendedReason !== undefined) {
        throw reasonNotApplicable('only a suspended list has a reason; send suspended: true with it');
      }
      if (!changes.length) return;
      await tx.update(Registry, { id: registry.id }, next);
      await this.audit.record(tx, actorId, { type: 'registry', id: registry.id }, changes);
    });
    const [row] = await this.rows(this.db.manager, { id: registryId, limit: 1 });
    if (!row) throw notFound('registry');
    return this.toDto(row);
  }

  private async rows(db: EntityManager, filter: { q?: string; id?: string; cursor?: string; limit: number }): Promise<RegistryRow[]> {
    const [createdAt, afterId] = filter.cursor ? decodeCursor(filter.cursor) : [null, null];
    const q = filter.q || null;
    return (await db.query(
      `SELECT r.id, r.slug, r.title, r.couple_names, r.event_date::text AS event_date, r.visibility, r.plan, r.suspended_at, r.suspended_reason,
              r.version::float8 AS version, r.created_at,
              (SELECT count(*)::int FROM items i WHERE i.registry_id = r.id) AS items,
              COALESCE((SELECT json_agg(json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name) ORDER BY o.created_at)
                          FROM registry_owners o JOIN users u ON u.id = o.user_id WHERE o.registry_id = r.id), '[]') AS owners
         FROM registries r
        WHERE ($1::text IS NULL OR r.slug ILIKE $2 OR r.title ILIKE $2 OR r.couple_names ILIKE $2 OR r.custom_domain ILIKE $2 OR r.id::text = lower($1)
               OR EXISTS (SELECT 1 FROM registry_owners o JOIN users u ON u.id = o.user_id WHERE o.registry_id = r.id AND u.email ILIKE $2))
          AND ($3::uuid IS NULL OR r.id = $3)
          AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', r.created_at), r.id) < ($4::timestamptz, $5::uuid))
        ORDER BY date_trunc('milliseconds', r.created_at) DESC, r.id DESC
        LIMIT $6`,
      [q, q ? containsPattern(q) : null, filter.id ?? null, createdAt, afterId, filter.limit],
    )) as RegistryRow[];
  }

  private toDto(row: RegistryRow): AdminRegistryDto {
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      coupleNames: row.couple_names,
      eventDate: row.event_date,
      visibility: row.visibility,
      plan: row.plan,
      suspendedAt: row.suspended_at?.toISOString() ?? null,
      suspendedReason: row.suspended_reason,
      items: row.items,
      owners: row.owners,
      guestUrl: `${this.config.publicUrl}/r/${row.slug}`,
      version: row.version,
      createdAt: row.created_at.toISOString(),
    };
  }
}

const reasonNotApplicable = (detail: string) => validationProblem([{ pointer: '#/suspendedReason', code: 'not-applicable', detail }]);

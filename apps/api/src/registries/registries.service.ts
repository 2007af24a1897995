import { updateReturning } from '../database/hydrate';
import { Injectable } from '@nestjs/common';
import { ReplicaReads, VersionFence } from '../database/replica-reads';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { hashPassword } from '../accounts/passwords';
import { User } from '../accounts/user.entity';
import { EdgeShares } from '../caching/edge-shares';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, notFound, validationProblem, msg } from '../common/problem/problem';
import { isUniqueViolation } from '../database/errors';
import { CreateRegistryDto, UpdateRegistryDto } from './dto/registry-input.dto';
import { RegistryDto, RegistryOwnerDto, RegistrySummaryDto } from './dto/registry.dto';
import { RegistryWrites } from './registry-writes.service';
import { nextGiving } from './giving';
import { assertThemeOnPlan } from '../themes/theme-access';
import type { WritePreconditions } from '../common/http/preconditions.decorator';
import { Registry } from './registry.entity';
import { RegistryOwner } from './registry-owner.entity';
import type { OwnerNotify } from './registry-owner.entity';

export const MAX_REGISTRIES_PER_USER = 20;

@Injectable()
export class RegistriesService {
  constructor(
    @InjectRepository(Registry) private readonly registries: Repository<Registry>,
    private readonly writes: RegistryWrites,
    private readonly config: AppConfig,
    private readonly edgeShares: EdgeShares,
    private readonly replica: ReplicaReads,
  ) {}

  async listOwned(userId: string): Promise<RegistrySummaryDto[]> {
    const owned = await this.registries
      .createQueryBuilder('r')
      .innerJoin(RegistryOwner, 'o', 'o.registry_id = r.id AND o.user_id = :userId', { userId })
      .orderBy('r.created_at', 'DESC')
      .limit(MAX_REGISTRIES_PER_USER)
      .getMany();
    return owned.map(RegistrySummaryDto.from);
  }

  /** The owners' view (from the replica when it has caught up with `fence`). */
  get(registryId: string, userId: string, fence: VersionFence | null = null): Promise<RegistryDto> {
    return this.replica.read(fence, async (manager) => this.present(manager, await this.findOwned(registryId, userId, manager)));
  }

  async create(userId: string, dto: CreateRegistryDto): Promise<RegistryDto> {
    const fields = await this.writableFields(dto, null);
    const created = await this.registries.manager.transaction(async (tx) => {
      const owned = await tx.countBy(RegistryOwner, { userId });
      if (owned >= MAX_REGISTRIES_PER_USER) throw new ProblemException(409, 'conflict', msg('problems:registries.owner-max', { max: MAX_REGISTRIES_PER_USER }));
      // A new list speaks its couple's language until they choose another.
      const { language } = await tx.findOneOrFail(User, { where: { id: userId }, select: { id: true, language: true } });
      const { identifiers } = await this.saving(() =>
        tx.insert(Registry, {
          visibility: 'public',
          surpriseMode: false,
          guestsConfirmByEmail: false,
          theme: 'classic',
          welcomeMessage: '',
          plan: this.config.defaultPlan,
          ...fields,
          language: fields.language ?? language,
        }),
      );
      const registryId = identifiers[0].id as string;
      await tx.insert(RegistryOwner, { registryId, userId });
      return this.present(tx, await tx.findOneByOrFail(Registry, { id: registryId }));
    });
    await this.edgeShares.afterCommit(created.slug);
    return created;
  }

  // The edge may keep a list only while it is shareable at its address (caching/edge-shares.ts): a change of
  // visibility or slug, or a deletion, withdraws the old address before it commits.
  async update(registryId: string, userId: string, dto: UpdateRegistryDto, preconditions?: WritePreconditions): Promise<RegistryDto> {
    let before: Registry | undefined;
    const updated = await this.writes.asOwner(
      registryId,
      userId,
      async (tx, registry) => {
        before = registry;
        const fields = await this.writableFields(dto, registry);
        // The row as it is after the change comes back from the UPDATE itself (or is the one just locked, when nothing changed).
        const after = Object.keys(fields).length ? await this.saving(() => updateReturning(tx, Registry, registry.id, fields)) : registry;
        await this.edgeShares.beforeCommit(registry, after);
        return this.present(tx, after);
      },
      preconditions,
    );
    await this.edgeShares.afterCommit(before?.slug, updated.slug);
    return updated;
  }

  async remove(registryId: string, userId: string, preconditions?: WritePreconditions): Promise<void> {
    let slug: string | undefined;
    await this.writes.asOwner(
      registryId,
      userId,
      async (tx, registry) => {
        slug = registry.slug;
        await this.edgeShares.beforeCommit(registry, null);
        await tx.delete(Registry, { id: registry.id });
      },
      preconditions,
    );
    await this.edgeShares.afterCommit(slug);
  }

  /** The registry if this user owns it; another couple's registry is "not found", never "forbidden". */
  async findOwned(registryId: string, userId: string, manager: EntityManager = this.registries.manager): Promise<Registry> {
    const registry = await manager
      .createQueryBuilder(Registry, 'r')
      .innerJoin(RegistryOwner, 'o', 'o.registry_id = r.id AND o.user_id = :userId', { userId })
      .where('r.id = :registryId', { registryId })
      .getOne();
    if (!registry) throw notFound('registry');
    return registry;
  }

  async present(manager: EntityManager, registry: Registry): Promise<RegistryDto> {
    const { entities: owners, raw } = await manager
      .createQueryBuilder(User, 'u')
      .innerJoin(RegistryOwner, 'o', 'o.user_id = u.id')
      .addSelect('o.notify', 'notify')
      .where('o.registry_id = :id', { id: registry.id })
      .orderBy('o.created_at')
      .getRawAndEntities<{ notify: OwnerNotify }>();
    const ownerDtos: RegistryOwnerDto[] = owners.map((u, i) => ({ id: u.id, displayName: u.displayName, email: u.email, notify: raw[i].notify }));
    return RegistryDto.from(
      registry,
      ownerDtos,
      this.config.publicUrl,
      this.writes.etag(registry.id, registry.version, 'owner-registry'),
      this.config.mediaUrl,
    );
  }

  /** The columns a create or update writes, with the rules that span fields (password protection, surprise mode). */
  private async writableFields(dto: UpdateRegistryDto, current: Registry | null): Promise<Partial<Registry>> {
    const { password, giving, ...rest } = dto;
    // A theme the plan does not include cannot be chosen; one kept from before (a plan since changed) may stay.
    if (dto.theme !== undefined && dto.theme !== current?.theme) assertThemeOnPlan(current?.plan ?? 'free', dto.theme);
    const fields: Partial<Registry> = { ...rest };
    if (giving !== undefined) fields.giving = nextGiving(giving, current?.giving ?? null);
    const visibility = dto.visibility ?? current?.visibility ?? 'public';
    if (visibility === 'password') {
      const hasPassword = password !== undefined || (current !== null && current.visibility === 'password');
      if (!hasPassword) throw validationProblem([{ pointer: '#/password', code: 'required', detail: 'password is required when visibility is password' }]);
    } else if (password !== undefined) {
      throw validationProblem([{ pointer: '#/password', code: 'not-applicable', detail: 'password is only used when visibility is password' }]);
    }
    if (password !== undefined) fields.passwordHash = await hashPassword(password);
    if (visibility !== 'password' && current?.visibility === 'password') fields.passwordHash = null;
    const surprise = dto.surpriseMode ?? current?.surpriseMode ?? false;
    if (!surprise && dto.revealDate)
      throw validationProblem([{ pointer: '#/revealDate', code: 'not-applicable', detail: 'revealDate is only used with surpriseMode' }]);
    // Turning surprise mode off keeps the reveal date (it simply stops applying), so turning it on again restores it. While
    // it is on there must be a date: without one, names would stay hidden with no end. Checked only when a request touches
    // surprise mode, so lists saved before this rule can still change their other settings.
    const revealDate = dto.revealDate !== undefined ? dto.revealDate : (current?.revealDate ?? null);
    if (surprise && !revealDate && (dto.surpriseMode !== undefined || dto.revealDate !== undefined)) {
      throw validationProblem([{ pointer: '#/revealDate', code: 'required', detail: 'revealDate is required while surpriseMode is on' }]);
    }
    return fields;
  }

  /** Runs an insert or update, turning a taken slug into a 409 that says which. */
  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'registries_slug_key')) {
        throw new ProblemException(409, 'slug-taken', msg('problems:registries.slug-taken'), {
          errors: [{ pointer: '#/slug', code: 'taken', detail: 'is taken' }],
        });
      }
      throw error;
    }
  }
}

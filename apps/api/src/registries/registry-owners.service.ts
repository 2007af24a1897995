import { Injectable } from '@nestjs/common';
import { User } from '../accounts/user.entity';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import type { RegistryOwnerDto } from './dto/registry.dto';
import type { UpdateMyOwnershipDto } from './dto/owner-notify.dto';
import { RegistryWrites } from './registry-writes.service';
import { RegistryOwner } from './registry-owner.entity';

@Injectable()
export class RegistryOwnersService {
  constructor(private readonly writes: RegistryWrites) {}

  /**
   * An owner removes the other owner, or themself (leaving). Through RegistryWrites: the version goes up, so the
   * removed person's cached copies are never served again. A registry keeps at least one owner.
   */
  async remove(registryId: string, actorId: string, ownerId: string): Promise<void> {
    await this.writes.asOwner(registryId, actorId, async (tx, registry) => {
      // Read after the registry lock: two owners removing each other at once see each other's change here.
      const owners = await tx.findBy(RegistryOwner, { registryId: registry.id });
      if (!owners.some((o) => o.userId === actorId)) throw notFound('registry');
      if (!owners.some((o) => o.userId === ownerId)) throw notFound('owner');
      if (owners.length <= 1) {
        throw new ProblemException(409, 'last-owner', msg('problems:registries.last-owner'));
      }
      await tx.delete(RegistryOwner, { registryId: registry.id, userId: ownerId });
    });
  }

  /**
   * An owner changes how they hear of new reservations and pledges. Their own setting only (the partner keeps
   * theirs). Through RegistryWrites: the registry's owner view shows it, and its cached copies key on the version.
   */
  async updateMine(registryId: string, userId: string, dto: UpdateMyOwnershipDto): Promise<RegistryOwnerDto> {
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      await tx.update(RegistryOwner, { registryId: registry.id, userId }, { notify: dto.notify });
      const user = await tx.findOneByOrFail(User, { id: userId });
      return { id: user.id, displayName: user.displayName, email: user.email, notify: dto.notify };
    });
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistryCachePolicy } from './registry.cache-policy';
import { InvitationLimits } from './invitation-limits';
import { PartnerInvitation } from './partner-invitation.entity';
import { PartnerInvitationsService } from './partner-invitations.service';
import { PartnerInvitationPreviewsController } from './partner-invitation-previews.controller';
import { RegistriesController } from './registries.controller';
import { RegistriesService } from './registries.service';
import { RegistryWrites } from './registry-writes.service';
import { Registry } from './registry.entity';
import { RegistryOwner } from './registry-owner.entity';
import { RegistryOwnersService } from './registry-owners.service';
import { ShareInvitationsController } from './share-invitations.controller';
import { ShareInvitationsService } from './share-invitations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Registry, RegistryOwner, PartnerInvitation])],
  controllers: [RegistriesController, ShareInvitationsController, PartnerInvitationPreviewsController],
  providers: [
    RegistriesService,
    PartnerInvitationsService,
    ShareInvitationsService,
    RegistryOwnersService,
    InvitationLimits,
    RegistryWrites,
    RegistryCachePolicy,
  ],
  exports: [RegistriesService, RegistryWrites],
})
export class RegistriesModule {}

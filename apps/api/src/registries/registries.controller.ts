import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import type { FastifyRequest } from 'fastify';
import { CachedBy } from '../caching/cached-by.decorator';
import { versionFence } from '../caching/cache-policies';
import { Preconditions, WritePreconditions } from '../common/http/preconditions.decorator';
import { CreatePartnerInvitationDto, PartnerInvitationDto } from './dto/partner-invitation.dto';
import { CreateRegistryDto, UpdateRegistryDto } from './dto/registry-input.dto';
import { UpdateMyOwnershipDto } from './dto/owner-notify.dto';
import { RegistryDto, RegistryOwnerDto, RegistrySummaryDto } from './dto/registry.dto';
import { PartnerInvitationsService } from './partner-invitations.service';
import { RegistriesService } from './registries.service';
import { RegistryOwnersService } from './registry-owners.service';

@ApiTags('registries')
@Authenticated()
@Controller()
export class RegistriesController {
  constructor(
    private readonly registries: RegistriesService,
    private readonly partnerInvitations: PartnerInvitationsService,
    private readonly owners: RegistryOwnersService,
  ) {}

  @ApiOperation({ summary: 'List your registries' })
  @Get('registries')
  @ApiOkResponse({ type: [RegistrySummaryDto], description: 'The registries you own, newest first.' })
  @ApiProblems(401)
  list(@CurrentPrincipal() principal: Principal): Promise<RegistrySummaryDto[]> {
    return this.registries.listOwned(principal.userId);
  }

  @ApiOperation({ summary: 'Create a registry' })
  @Post('registries')
  @ApiCreatedResponse({ type: RegistryDto })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateRegistryDto): Promise<RegistryDto> {
    return this.registries.create(principal.userId, dto);
  }

  @ApiOperation({ summary: 'Get one of your registries' })
  @Get('registries/:registryId')
  @CachedBy('owner-registry')
  @ApiOkResponse({ type: RegistryDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string, @Req() request: FastifyRequest): Promise<RegistryDto> {
    return this.registries.get(registryId, principal.userId, versionFence(request));
  }

  @ApiOperation({ summary: 'Change a registry' })
  @Patch('registries/:registryId')
  @ApiOkResponse({ type: RegistryDto })
  @ApiProblems(400, 401, 403, 404, 409, 412)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: UpdateRegistryDto,
    @Preconditions() preconditions: WritePreconditions,
  ): Promise<RegistryDto> {
    return this.registries.update(registryId, principal.userId, dto, preconditions);
  }

  @ApiOperation({ summary: 'Delete a registry' })
  @Delete('registries/:registryId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted, with its items and reservations.' })
  @ApiProblems(400, 401, 404, 412)
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Preconditions() preconditions: WritePreconditions,
  ): Promise<void> {
    return this.registries.remove(registryId, principal.userId, preconditions);
  }

  @ApiOperation({ summary: 'Invite your partner to co-own a registry' })
  @Post('registries/:registryId/partner-invitations')
  @ApiCreatedResponse({
    type: PartnerInvitationDto,
    description:
      'Invites the partner to co-own the registry (at most two owners). Needs your verified e-mail address (403 `email-unverified`); a few a day per account (429); one per address per registry and week unless `resend` (409 `already-invited`).',
  })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  invitePartner(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: CreatePartnerInvitationDto,
  ): Promise<PartnerInvitationDto> {
    return this.partnerInvitations.invite(registryId, principal.userId, dto);
  }

  @ApiOperation({ summary: 'Accept a partner invitation' })
  @Post('partner-invitations/:token/accept')
  @HttpCode(200)
  @ApiOkResponse({
    type: RegistryDto,
    description: 'You are now an owner of the registry. Only for the account whose verified e-mail address the invitation was sent to (else 403).',
  })
  @ApiProblems(401, 403, 404, 409)
  acceptPartnerInvitation(@CurrentPrincipal() principal: Principal, @Param('token') token: string): Promise<RegistryDto> {
    return this.partnerInvitations.accept(token, principal.userId);
  }

  @ApiOperation({ summary: 'Change your own settings as an owner of a registry', description: 'How you hear of new reservations and pledges.' })
  @Patch('registries/:registryId/owners/me')
  @ApiOkResponse({ type: RegistryOwnerDto, description: 'You, as an owner of the registry, with the setting now stored.' })
  @ApiProblems(400, 401, 404)
  updateMyOwnership(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: UpdateMyOwnershipDto,
  ): Promise<RegistryOwnerDto> {
    return this.owners.updateMine(registryId, principal.userId, dto);
  }

  @ApiOperation({ summary: 'Remove an owner, or leave a registry' })
  @Delete('registries/:registryId/owners/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed: your co-owner, or yourself (you left). The last owner cannot leave (409 `last-owner`).' })
  @ApiProblems(400, 401, 404, 409)
  removeOwner(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.owners.remove(registryId, principal.userId, userId);
  }
}

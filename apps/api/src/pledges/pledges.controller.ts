import { Body, Controller, Delete, Get, Header, Headers, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Principal, Public } from '../common/auth/auth-decision';
import { Preconditions, WritePreconditions } from '../common/http/preconditions.decorator';
import { ApiProblems } from '../common/problem/problem.dto';
import { CachedBy } from '../caching/cached-by.decorator';
import { versionFence } from '../caching/cache-policies';
import { assertIdempotencyKey } from '../reservations/reservations.controller';
import {
  CreatePledgeDto,
  ListPledgesQuery,
  OwnerPledgeDto,
  OwnerPledgesDto,
  PledgeCreatedDto,
  PledgeUndoneDto,
  PledgeUndoPreviewDto,
  UpdatePledgeDto,
} from './dto/pledge.dto';
import { PledgesService } from './pledges.service';

@ApiTags('pledges')
@Controller()
export class PledgesController {
  constructor(private readonly pledges: PledgesService) {}

  @Authenticated()
  @ApiOperation({ summary: "List a registry's pledges, with totals" })
  @Get('registries/:registryId/pledges')
  @CachedBy('owner-pledges')
  @ApiOkResponse({ type: OwnerPledgesDto })
  @ApiProblems(400, 401, 404)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Query() query: ListPledgesQuery,
    @Req() request: FastifyRequest,
  ): Promise<OwnerPledgesDto> {
    return this.pledges.listForOwner(registryId, principal.userId, query, versionFence(request));
  }

  @Authenticated()
  @ApiOperation({
    summary: 'Mark a pledge received (the couple)',
    description: 'Send as If-Match the ETag of the pledges list (or of the registry): a change in between gives 412.',
  })
  @Patch('registries/:registryId/pledges/:pledgeId')
  @ApiOkResponse({ type: OwnerPledgeDto })
  @ApiProblems(400, 401, 404, 409, 412)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('pledgeId', ParseUUIDPipe) pledgeId: string,
    @Body() dto: UpdatePledgeDto,
    @Preconditions() preconditions: WritePreconditions,
  ): Promise<OwnerPledgeDto> {
    return this.pledges.markReceived(registryId, pledgeId, principal.userId, dto, preconditions);
  }

  @Public()
  @ApiOperation({ summary: 'Pledge money to a fund or group gift (guest)' })
  @Post('public/registries/:slug/pledges')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Any unique string (a UUID). A retry with the same key returns the first pledge.' })
  @ApiCreatedResponse({ type: PledgeCreatedDto })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  pledge(
    @Param('slug') slug: string,
    @Body() dto: CreatePledgeDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<PledgeCreatedDto> {
    assertIdempotencyKey(idempotencyKey);
    return this.pledges.pledge(slug, dto, idempotencyKey, { session: request.session, ip: request.ip });
  }

  @Public()
  @ApiOperation({
    summary: 'What a pledge undo link is about (guest)',
    description: 'Read before undoing: the gift, the amount, and whether it is undone already.',
  })
  @Get('public/pledges/:token')
  // Names the gift and amount of one guest: never kept by a shared cache.
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: PledgeUndoPreviewDto })
  @ApiProblems(404)
  undoPreview(@Param('token') token: string): Promise<PledgeUndoPreviewDto> {
    return this.pledges.undoPreview(token);
  }

  @Public()
  @ApiOperation({ summary: 'Undo a pledge (guest)' })
  @Delete('public/pledges/:token')
  @ApiOkResponse({ type: PledgeUndoneDto, description: 'Undone (or already undone): the amount is free again.' })
  @ApiProblems(404, 409)
  undo(@Param('token') token: string): Promise<PledgeUndoneDto> {
    return this.pledges.undo(token);
  }
}

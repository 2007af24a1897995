import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { CreateShareInvitationsDto, ListShareInvitationsQuery, SentShareInvitationsDto, ShareInvitationsDto } from './dto/share-invitation.dto';
import { ShareInvitationsService } from './share-invitations.service';

@ApiTags('registries')
@Authenticated()
@Controller('registries/:registryId/invitations')
export class ShareInvitationsController {
  constructor(private readonly invitations: ShareInvitationsService) {}

  @ApiOperation({ summary: 'E-mail the gift list to your guests' })
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ShareInvitationsDto,
    description:
      'An e-mail with the gift list link and your message is on its way to each address not in `skipped`. Needs your verified e-mail address (403 `email-unverified`).',
  })
  @ApiProblems(400, 401, 403, 404, 415, 429)
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: CreateShareInvitationsDto,
  ): Promise<ShareInvitationsDto> {
    return this.invitations.invite(registryId, principal.userId, dto);
  }

  @ApiOperation({
    summary: 'List the invitations you e-mailed',
    description: 'Whom the gift list was sent to and when, newest first; a resend is its own entry.',
  })
  @Get()
  @ApiOkResponse({ type: SentShareInvitationsDto })
  @ApiProblems(400, 401, 404)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Query() query: ListShareInvitationsQuery,
  ): Promise<SentShareInvitationsDto> {
    return this.invitations.list(registryId, principal.userId, query);
  }
}

import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { CreateShareInvitationsDto, ShareInvitationsDto } from './dto/share-invitation.dto';
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
}

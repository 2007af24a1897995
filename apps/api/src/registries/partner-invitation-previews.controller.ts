import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { PartnerInvitationPreviewDto } from './dto/partner-invitation.dto';
import { PartnerInvitationsService } from './partner-invitations.service';

/**
 * Public because the partner opens the link before they have an account: the page greets them with the list and who
 * invited them, and pre-fills the invited address. The token in the path is the only key (as for the guests' undo links).
 */
@ApiTags('registries')
@Public()
@Controller('public/partner-invitations')
export class PartnerInvitationPreviewsController {
  constructor(private readonly invitations: PartnerInvitationsService) {}

  @ApiOperation({ summary: 'What a partner invitation is for (before signing in)' })
  @Get(':token')
  // The answer holds the invited address: never kept by a shared cache or the browser.
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: PartnerInvitationPreviewDto, description: 'The list, who invited you and the address to sign in with.' })
  @ApiProblems(404)
  preview(@Param('token') token: string): Promise<PartnerInvitationPreviewDto> {
    return this.invitations.preview(token);
  }
}

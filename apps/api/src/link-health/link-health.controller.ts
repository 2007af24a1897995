import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { LinkHealthDto } from './dto/link-health.dto';
import { LinkHealthService } from './link-health.service';

@ApiTags('items')
@Authenticated()
@Controller('registries/:registryId/link-health')
export class LinkHealthController {
  constructor(private readonly linkHealth: LinkHealthService) {}

  @ApiOperation({
    summary: "The weekly check of the items' shop links",
    description: 'Dead links (404, 410, a name that does not resolve, a redirect to the shop’s home page) and out-of-stock products, with the date checked.',
  })
  @Get()
  @ApiOkResponse({ type: [LinkHealthDto] })
  @ApiProblems(400, 401, 404)
  list(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<LinkHealthDto[]> {
    return this.linkHealth.list(registryId, principal.userId);
  }
}

import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { DomainDto } from './dto/domain.dto';
import { GiftListService } from './gift-list.service';

/** Custom domains: nginx asks before serving an unknown Host, and the web app asks which list to show at `/`. */
@ApiTags('gift list (guests)')
@Public()
@Controller('public/domains')
export class DomainsController {
  constructor(private readonly giftList: GiftListService) {}

  @ApiOperation({ summary: 'The gift list a custom domain shows' })
  @Get(':host')
  @Header('cache-control', 'public, max-age=0, s-maxage=10')
  @ApiOkResponse({ type: DomainDto })
  @ApiProblems(404)
  byHost(@Param('host') host: string): Promise<DomainDto> {
    return this.giftList.byDomain(host);
  }
}

import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { RegistrySearchDto, RegistrySearchQuery } from './dto/registry-search.dto';
import { RegistrySearchService } from './registry-search.service';

@ApiTags('gift list (guests)')
@Public()
@Controller('public/registries')
export class RegistrySearchController {
  constructor(private readonly search: RegistrySearchService) {}

  @ApiOperation({
    summary: 'Find a couple (guest)',
    description:
      "Public gift lists by the couple's names or the title (typos forgiven), optionally on one date. Unlisted and password-protected lists never appear.",
  })
  @Get()
  // Not kept anywhere: a list made unlisted must drop out of results at once.
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: RegistrySearchDto })
  @ApiProblems(400, 429)
  find(@Query() query: RegistrySearchQuery, @Req() request: FastifyRequest): Promise<RegistrySearchDto> {
    return this.search.search(query, request.ip);
  }
}

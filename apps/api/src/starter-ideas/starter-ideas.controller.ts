import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Principal, Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { requestLanguage } from '../i18n/request-language';
import { ItemImportDto } from '../item-imports/dto/item-import.dto';
import { AddStarterIdeasDto, StarterIdeasDto } from './dto/starter-ideas.dto';
import { StarterIdeasService } from './starter-ideas.service';

@ApiTags('items')
@Controller()
export class StarterIdeasController {
  constructor(private readonly ideas: StarterIdeasService) {}

  @ApiOperation({
    summary: 'Starter gift ideas',
    description: 'Curated lists (Kitchen, Home, Honeymoon, Experiences) of gift ideas to pick from, in the language Accept-Language asks for (else English).',
  })
  @Public()
  @Get('starter-ideas')
  // Changes only with a deploy.
  @Header('cache-control', 'public, max-age=3600')
  // Written in the language asked for: a shared cache keeps one copy per language.
  @Header('vary', 'Accept-Language')
  @ApiOkResponse({ type: StarterIdeasDto })
  list(@Req() request: FastifyRequest): StarterIdeasDto {
    return this.ideas.list(requestLanguage(request));
  }

  @ApiOperation({
    summary: 'Add starter ideas to the gifts',
    description:
      'Adds the chosen ideas at the end of the list in one transaction, as the spreadsheet import commits, in the registry’s language (its list as category; price hints ' +
      'and targets only when the registry is in the ideas’ currency). 403 `plan-limit` when the plan has no room for all of them; nothing is added then.',
  })
  @Authenticated()
  @Post('registries/:registryId/items/starter-ideas')
  @HttpCode(200)
  @ApiOkResponse({ type: ItemImportDto })
  @ApiProblems(400, 401, 403, 404, 409)
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: AddStarterIdeasDto,
  ): Promise<ItemImportDto> {
    return this.ideas.add(registryId, principal.userId, dto.ideaIds);
  }
}

import { Body, Controller, Get, Header, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { CachedBy } from '../caching/cached-by.decorator';
import { versionFence } from '../caching/cache-policies';
import { GiftListDto, UnlockDto } from './dto/gift-list.dto';
import { GiftListService } from './gift-list.service';

@ApiTags('gift list (guests)')
@Public()
@Controller('public/registries/:slug')
export class GiftListController {
  constructor(private readonly giftList: GiftListService) {}

  @ApiOperation({ summary: 'Open a gift list (guest)' })
  @Get()
  @CachedBy('gift-list')
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: GiftListDto, description: 'The whole gift list in one response.' })
  @ApiProblems(401, 404)
  get(@Param('slug') slug: string, @Req() request: FastifyRequest): Promise<Buffer> {
    return this.giftList.document(slug, request.session, versionFence(request));
  }

  @ApiOperation({ summary: 'Unlock a password-protected gift list (guest)' })
  @Post('unlock')
  @HttpCode(204)
  @Header('cache-control', 'no-store')
  @ApiNoContentResponse({ description: 'Unlocked for this browser session (the response sets the session cookie).' })
  @ApiProblems(400, 401, 404, 429)
  unlock(@Param('slug') slug: string, @Body() dto: UnlockDto, @Req() request: FastifyRequest): Promise<void> {
    return this.giftList.unlock(slug, dto, request.session, request.ip);
  }
}

import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CachedBy } from '../caching/cached-by.decorator';
import { Public } from '../common/auth/auth-decision';
import { notFound } from '../common/problem/problem';
import { ApiProblems } from '../common/problem/problem.dto';
import { GiftListService } from '../gift-list/gift-list.service';
import { slugOf } from './link-page.cache-policy';
import { LinkPageService } from './link-page.service';

const HTML = { content: { 'text/html': { schema: { type: 'string' } } } };

/**
 * The HTML documents nginx asks for when someone opens (or a crawler fetches) a shared link: `/r/{slug}` and `/` on a
 * couple's domain. Not for browsers' scripts; nginx serves the static shell instead whenever these fail.
 */
@ApiTags('gift list (guests)')
@Public()
@Controller('public/pages')
export class LinkPageController {
  constructor(
    private readonly pages: LinkPageService,
    private readonly giftList: GiftListService,
  ) {}

  @ApiOperation({
    summary: 'The shared page of a gift list (HTML with link-preview meta)',
    description:
      "The web app's index.html with the list's title, description, Open Graph and Twitter tags and canonical link. Unlisted and " +
      'password lists get a generic page (no names, no photo) marked noindex. An unknown slug is a 404 problem (nginx then serves the plain app with the 404).',
  })
  @Get('registries/:slug')
  @CachedBy('link-page')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The page.', ...HTML })
  @ApiProblems(404, 503)
  registry(@Param('slug') slug: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return this.answer(slug, reply);
  }

  @ApiOperation({ summary: "The shared page a couple's own domain shows at `/` (HTML with link-preview meta)" })
  @Get('domains/:host')
  @CachedBy('link-page')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The page.', ...HTML })
  @ApiProblems(404, 503)
  async domain(@Param('host') _host: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return this.answer(await slugOf(request, this.giftList), reply);
  }

  private async answer(slug: string | null, reply: FastifyReply): Promise<Buffer> {
    if (!slug) throw notFound('domain-gift-list');
    const page = await this.pages.page(slug);
    void reply.header('content-type', 'text/html; charset=utf-8');
    return page;
  }
}

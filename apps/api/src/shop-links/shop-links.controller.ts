import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { ShopLinkDto, SuggestionResponseDto } from './dto/shop-link.dto';
import { ShopLinksService } from './shop-links.service';

@ApiTags('items')
@Authenticated()
@Controller('registries/:registryId/items')
export class ShopLinksController {
  constructor(private readonly shopLinks: ShopLinksService) {}

  @ApiOperation({
    summary: 'Suggest an item from a shop link',
    description:
      "Reads the product page (JSON-LD, microdata, Open Graph, Twitter cards, meta) and suggests the item's fields; nothing is saved. " +
      'Private, loopback and link-local addresses and ports other than 80 and 443 are refused (422 `link-refused`); a page that cannot be ' +
      'read (not HTML, too large, too slow, too many redirects, an error status) is 422 `link-unreadable` with a `reason`. Limited per account (429).',
  })
  @Post('from-url')
  @HttpCode(200)
  @ApiOkResponse({ type: SuggestionResponseDto })
  @ApiProblems(400, 401, 404, 422, 429)
  async fromUrl(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: ShopLinkDto,
  ): Promise<SuggestionResponseDto> {
    return { suggestion: await this.shopLinks.suggest(registryId, principal.userId, dto.url) };
  }
}

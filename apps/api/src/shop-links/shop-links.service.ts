import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { OutboundError, OutboundHttp } from '../common/outbound/outbound-http';
import { outboundProblem, statusProblem } from '../common/outbound/outbound-problem';
import { RegistriesService } from '../registries/registries.service';
import { SuggestionDto } from './dto/shop-link.dto';
import { readProductMetadata } from './product-metadata';
import { toSuggestion } from './suggestion';

/** "Paste a shop link": reads the product page through the guarded client and suggests the item's fields. */
@Injectable()
export class ShopLinksService {
  constructor(
    private readonly registries: RegistriesService,
    private readonly outbound: OutboundHttp,
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  async suggest(registryId: string, userId: string, url: string): Promise<SuggestionDto> {
    await this.registries.findOwned(registryId, userId);
    await this.limits.consume('import-url-account', userId, 'shop links read');
    const page = await this.outbound.get(url, { expect: 'html', maxBytes: this.config.importPageMaxBytes }).catch((error: unknown) => {
      throw error instanceof OutboundError ? outboundProblem(error) : error;
    });
    if (page.status < 200 || page.status >= 300) throw statusProblem(page.status);
    const meta = await readProductMetadata(page.body.toString('utf8'), page.url);
    return toSuggestion(meta, page.url);
  }
}

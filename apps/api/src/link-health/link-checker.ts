import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { OutboundError, OutboundHttp } from '../common/outbound/outbound-http';
import { readProductMetadata } from '../shop-links/product-metadata';
import { availabilityOf } from '../shop-links/suggestion';
import type { LinkStatus } from './link-check.entity';

export interface LinkVerdict {
  status: LinkStatus;
  reason: string | null;
}

/**
 * One shop link's health, through the guarded client: dead for 404, 410, a name that does not resolve, an address
 * the product never fetches, or a redirect from a product to the shop's home page; out of stock when the page's
 * schema.org availability says so. A timeout, a reset or a 5xx is `unknown`: a shop having a bad minute is not a
 * dead link.
 */
@Injectable()
export class LinkChecker {
  constructor(
    private readonly outbound: OutboundHttp,
    private readonly config: AppConfig,
  ) {}

  async check(url: string): Promise<LinkVerdict> {
    let answer;
    try {
      answer = await this.outbound.get(url, { expect: 'any', maxBytes: this.config.importPageMaxBytes });
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      if (error.reason === 'dns' || error.reason === 'address' || error.reason === 'port' || error.reason === 'scheme')
        return { status: 'dead', reason: error.reason };
      if (error.reason === 'too-many-redirects') return { status: 'dead', reason: error.reason };
      return { status: 'unknown', reason: error.reason };
    }
    if (answer.status === 404 || answer.status === 410) return { status: 'dead', reason: `http-${answer.status}` };
    if (answer.status < 200 || answer.status >= 300) return { status: 'unknown', reason: `http-${answer.status}` };
    if (answer.redirects > 0 && isHomePage(answer.url) && !isHomePage(url)) return { status: 'dead', reason: 'home-page' };
    if (answer.contentType === 'text/html' || answer.contentType === 'application/xhtml+xml') {
      const meta = await readProductMetadata(answer.body.toString('utf8'), answer.url);
      if (availabilityOf(meta.availability) === 'out-of-stock') return { status: 'out-of-stock', reason: null };
    }
    return { status: 'ok', reason: null };
  }
}

function isHomePage(address: string): boolean {
  const url = new URL(address);
  return (url.pathname === '/' || url.pathname === '') && !url.search;
}

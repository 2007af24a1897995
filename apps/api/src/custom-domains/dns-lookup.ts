import { Injectable } from '@nestjs/common';
import { Resolver } from 'node:dns/promises';
import { AppConfig } from '../common/config/app-config';

export type TxtLookup = { kind: 'found'; values: string[] } | { kind: 'missing' } | { kind: 'error'; code: string };

/** Answers that mean "there is no such record" rather than "the DNS did not answer". */
const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND', 'NOTFOUND', 'NODATA']);

/**
 * DNS questions about couples' domains, asked of DNS_RESOLVER when set (tests run a local DNS server; production may
 * name a validating resolver), else of the system's. Short timeouts: a couple waits for the answer.
 */
@Injectable()
export class DnsLookup {
  constructor(private readonly config: AppConfig) {}

  async txt(name: string): Promise<TxtLookup> {
    const resolver = new Resolver({ timeout: 2000, tries: 2 });
    if (this.config.dnsResolver.length) resolver.setServers(this.config.dnsResolver);
    try {
      // A TXT record may be split into several strings of at most 255 bytes; they are one value.
      const records = await resolver.resolveTxt(name);
      return records.length ? { kind: 'found', values: records.map((chunks) => chunks.join('')) } : { kind: 'missing' };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      return NO_RECORD.has(code) ? { kind: 'missing' } : { kind: 'error', code };
    }
  }
}

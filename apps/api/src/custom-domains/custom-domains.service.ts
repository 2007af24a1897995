import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, notFound, validationProblem, msg } from '../common/problem/problem';
import { isUniqueViolation } from '../database/errors';
import { planLimitProblem, planOf } from '../plans/plans';
import { RegistriesService } from '../registries/registries.service';
import { RegistryWrites } from '../registries/registry-writes.service';
import type { Registry } from '../registries/registry.entity';
import { CustomDomain, DomainFailure } from './custom-domain.entity';
import { DnsLookup } from './dns-lookup';
import { CustomDomainDto } from './dto/custom-domain.dto';
import { isClaimableHost, txtRecordName } from './platform-hosts';

/** A host name is pointed at with a CNAME; an address (a self-hosted install without a name) with an A or AAAA record. */
const targetRecordType = (target: string) => (isIP(target) === 6 ? 'AAAA' : isIP(target) === 4 ? 'A' : 'CNAME');

const taken = () => new ProblemException(409, 'domain-taken', msg('problems:custom-domains.domain-taken'));

/**
 * Verified custom domains. A claim (any number per host) is only a row of custom_domains; the host routes once a
 * DNS check finds the claim's token at `_whispergifts.<host>`, which writes it to `registries.custom_domain` (unique
 * among verified hosts) through RegistryWrites. Checks run when the couple asks (there is no schedule): a check that
 * no longer finds the token un-routes the host, and a couple who proves a host another list had verified takes it
 * over only if that list's token is gone from DNS.
 */
@Injectable()
export class CustomDomainsService {
  constructor(
    @InjectRepository(CustomDomain) private readonly claims: Repository<CustomDomain>,
    private readonly registries: RegistriesService,
    private readonly writes: RegistryWrites,
    private readonly dns: DnsLookup,
    private readonly rateLimits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  async get(registryId: string, userId: string): Promise<CustomDomainDto> {
    await this.registries.findOwned(registryId, userId);
    return this.present(await this.claims.findOneBy({ registryId }));
  }

  /** 404 unless the host routes to a list whose plan includes a custom domain. */
  async assertRouted(host: string): Promise<void> {
    const normalized = host.trim().toLowerCase().replace(/\.$/, '');
    const [row] =
      normalized.length && normalized.length <= 253
        ? ((await this.claims.query('SELECT plan FROM registries WHERE custom_domain = $1', [normalized])) as { plan: string }[])
        : [];
    if (!row || !planOf(row.plan).limits.customDomain) throw notFound('verified-domain');
  }

  async claim(registryId: string, userId: string, host: string): Promise<CustomDomainDto> {
    const registry = await this.registries.findOwned(registryId, userId);
    this.checkPlan(registry);
    if (!isClaimableHost(host, this.config.platformDomains)) {
      throw validationProblem([{ pointer: '#/domain', code: 'reserved', detail: "is one of WhisperGifts' own names, or not a public host name" }]);
    }
    const current = await this.claims.findOneBy({ registryId });
    if (current?.host === host) return this.present(current);
    // A new host is a new claim with a new token; the old host stops routing in the same transaction.
    return this.writes.asOwner(registryId, userId, async (tx) => {
      await tx.query('UPDATE registries SET custom_domain = NULL WHERE id = $1', [registryId]);
      await tx.upsert(CustomDomain, { registryId, host, token: randomBytes(16).toString('hex'), verifiedAt: null, checkedAt: null, failure: null }, [
        'registryId',
      ]);
      return this.present(await tx.findOneByOrFail(CustomDomain, { registryId }));
    });
  }

  async remove(registryId: string, userId: string): Promise<void> {
    await this.registries.findOwned(registryId, userId);
    await this.writes.asOwner(registryId, userId, async (tx) => {
      await tx.query('UPDATE registries SET custom_domain = NULL WHERE id = $1', [registryId]);
      await tx.delete(CustomDomain, { registryId });
    });
  }

  async verify(registryId: string, userId: string): Promise<CustomDomainDto> {
    const registry = await this.registries.findOwned(registryId, userId);
    this.checkPlan(registry);
    const claim = await this.claims.findOneBy({ registryId });
    if (!claim) throw notFound('registry-domain');
    await this.rateLimits.consume('custom-domain-check', registryId, 'domain checks');

    const lookup = await this.dns.txt(txtRecordName(claim.host));
    if (lookup.kind === 'error') return this.recordFailure(claim, 'dns-error', false);
    if (lookup.kind === 'missing') return this.recordFailure(claim, 'txt-missing', true);
    if (!lookup.values.includes(claim.token)) return this.recordFailure(claim, 'txt-mismatch', true);

    await this.takeOverIfStale(registryId, claim.host, lookup.values);
    try {
      return await this.writes.asOwner(registryId, userId, async (tx) => {
        const still = await tx.findOneBy(CustomDomain, { registryId, host: claim.host, token: claim.token });
        if (!still) throw new ProblemException(409, 'conflict', msg('problems:custom-domains.conflict'));
        await tx.query('UPDATE registries SET custom_domain = $2 WHERE id = $1', [registryId, claim.host]);
        await tx.update(CustomDomain, { registryId }, { verifiedAt: still.verifiedAt ?? new Date(), checkedAt: new Date(), failure: null });
        return this.present(await tx.findOneByOrFail(CustomDomain, { registryId }));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'registries_custom_domain_key')) throw taken();
      throw error;
    }
  }

  /**
   * Another list routes this host: it keeps it while its own token is still published (both couples control that
   * DNS, so there is nothing to decide), and loses it once the token is gone, since this couple has just proven control.
   */
  private async takeOverIfStale(registryId: string, host: string, published: string[]): Promise<void> {
    const [holder] = (await this.claims.query(
      `SELECT r.id, d.token FROM registries r LEFT JOIN custom_domains d ON d.registry_id = r.id WHERE r.custom_domain = $1 AND r.id <> $2`,
      [host, registryId],
    )) as { id: string; token: string | null }[];
    if (!holder) return;
    if (holder.token && published.includes(holder.token)) throw taken();
    await this.writes.byId(holder.id, async (tx) => {
      await tx.query('UPDATE registries SET custom_domain = NULL WHERE id = $1 AND custom_domain = $2', [holder.id, host]);
      await tx.update(CustomDomain, { registryId: holder.id, host }, { verifiedAt: null, checkedAt: new Date(), failure: 'taken-over' });
    });
  }

  /**
   * A check that did not find the token. A definite answer (no record, another token) un-routes a verified host:
   * the proof is gone. A DNS that did not answer changes nothing but the note.
   */
  private async recordFailure(claim: CustomDomain, failure: DomainFailure, definite: boolean): Promise<CustomDomainDto> {
    const note = async (tx: EntityManager) => {
      await tx.update(
        CustomDomain,
        { registryId: claim.registryId, host: claim.host },
        { checkedAt: new Date(), failure, ...(definite ? { verifiedAt: null } : {}) },
      );
      return this.present(await tx.findOneByOrFail(CustomDomain, { registryId: claim.registryId }));
    };
    if (definite && claim.verifiedAt) {
      return this.writes.byId(claim.registryId, async (tx) => {
        await tx.query('UPDATE registries SET custom_domain = NULL WHERE id = $1 AND custom_domain = $2', [claim.registryId, claim.host]);
        return note(tx);
      });
    }
    // Only the claim's own row: nothing any representation of the registry shows changes.
    return this.claims.manager.transaction(note);
  }

  private checkPlan(registry: Registry): void {
    if (!planOf(registry.plan).limits.customDomain) {
      throw planLimitProblem(registry.plan, 'customDomain', (limits) => limits.customDomain, msg('problems:plans.custom-domain'));
    }
  }

  private present(claim: CustomDomain | null): CustomDomainDto {
    if (!claim) return { domain: null, status: 'none', records: [], verifiedAt: null, checkedAt: null, failure: null };
    return {
      domain: claim.host,
      status: claim.verifiedAt ? 'verified' : 'pending',
      records: [
        { type: 'TXT', name: txtRecordName(claim.host), value: claim.token },
        { type: targetRecordType(this.config.customDomainTarget), name: claim.host, value: this.config.customDomainTarget },
      ],
      verifiedAt: claim.verifiedAt?.toISOString() ?? null,
      checkedAt: claim.checkedAt?.toISOString() ?? null,
      failure: claim.failure,
    };
  }
}

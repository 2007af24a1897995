import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal, Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { CustomDomainsService } from './custom-domains.service';
import { ClaimCustomDomainDto, CustomDomainDto } from './dto/custom-domain.dto';

@ApiTags('custom domains')
@Authenticated()
@Controller('registries/:registryId/custom-domain')
export class CustomDomainsController {
  constructor(private readonly domains: CustomDomainsService) {}

  @ApiOperation({ summary: "Your registry's custom domain and the DNS records it needs" })
  @Get()
  @ApiOkResponse({ type: CustomDomainDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<CustomDomainDto> {
    return this.domains.get(registryId, principal.userId);
  }

  @ApiOperation({
    summary: 'Claim a custom domain (Standard and Premium)',
    description:
      'Answers the TXT record that proves the domain is yours and the CNAME that sends guests here. Nothing routes until a check finds the TXT record; a claim never blocks another couple. Claiming another domain replaces this one.',
  })
  @Put()
  @ApiOkResponse({ type: CustomDomainDto })
  @ApiProblems(400, 401, 403, 404)
  claim(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: ClaimCustomDomainDto,
  ): Promise<CustomDomainDto> {
    return this.domains.claim(registryId, principal.userId, dto.domain);
  }

  @ApiOperation({
    summary: 'Check the DNS records now',
    description:
      'Looks up the TXT record. Found with this token: verified, and the domain shows the gift list. Not found (or another token): pending, with the reason in `failure`; a verified domain whose record is gone stops routing.',
  })
  @Post('verify')
  @HttpCode(200)
  @ApiOkResponse({ type: CustomDomainDto })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  verify(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<CustomDomainDto> {
    return this.domains.verify(registryId, principal.userId);
  }

  @ApiOperation({ summary: 'Remove the custom domain' })
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; the domain no longer shows the gift list.' })
  @ApiProblems(400, 401, 404)
  remove(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<void> {
    return this.domains.remove(registryId, principal.userId);
  }
}

/** For the TLS edge (e.g. Caddy's on-demand TLS `ask`): may a certificate be obtained for this host? */
@ApiTags('custom domains')
@Public()
@Controller('public/tls')
export class TlsAskController {
  constructor(private readonly domains: CustomDomainsService) {}

  @ApiOperation({ summary: 'Whether a host is a verified custom domain (204) or not (404): the on-demand TLS "ask" endpoint' })
  @Get('ask')
  @HttpCode(204)
  @ApiQuery({ name: 'domain', type: String, required: true })
  @ApiNoContentResponse({ description: 'A verified custom domain: a certificate may be issued for it.' })
  @ApiProblems(404)
  async ask(@Query('domain') domain: unknown): Promise<void> {
    await this.domains.assertRouted(typeof domain === 'string' ? domain : '');
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsFQDN, MaxLength } from 'class-validator';
import { DOMAIN_FAILURES, DomainFailure } from '../custom-domain.entity';

export class ClaimCustomDomainDto {
  @ApiProperty({ example: 'gifts.ana-and-ben.com', maxLength: 253, description: 'A host name of yours (not WhisperGifts’ own, not an IP address).' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/\.$/, '') : value))
  @IsFQDN({ require_tld: true }, { message: 'domain must be a host name such as gifts.example.com' })
  @MaxLength(253)
  domain!: string;
}

export class DnsRecordDto {
  @ApiProperty({ enum: ['TXT', 'CNAME', 'A', 'AAAA'], description: 'A and AAAA only when WhisperGifts is reached by an address (CUSTOM_DOMAIN_TARGET).' })
  type!: 'TXT' | 'CNAME' | 'A' | 'AAAA';
  @ApiProperty({ example: '_whispergifts.gifts.ana-and-ben.com' }) name!: string;
  @ApiProperty() value!: string;
}

export const DOMAIN_STATUSES = ['none', 'pending', 'verified'] as const;

/** A registry's custom domain: the records to set, and how far it got. */
export class CustomDomainDto {
  @ApiProperty({ type: String, nullable: true, example: 'gifts.ana-and-ben.com' }) domain!: string | null;
  @ApiProperty({
    enum: DOMAIN_STATUSES,
    description: 'none: no domain; pending: claimed, the TXT record not found yet (guests are not sent there); verified: it shows the gift list.',
  })
  status!: (typeof DOMAIN_STATUSES)[number];
  @ApiProperty({
    type: [DnsRecordDto],
    description: 'Set both at your DNS provider: the TXT record proves the domain is yours, the CNAME (or A/AAAA) record sends guests here.',
  })
  records!: DnsRecordDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedAt!: string | null;
  @ApiProperty({
    enum: DOMAIN_FAILURES,
    nullable: true,
    description:
      'Why the last check did not verify it: txt-missing (no TXT record yet), txt-mismatch (a TXT record without this token), dns-error (the DNS did not answer; try again), taken-over (another gift list proved it since).',
  })
  failure!: DomainFailure | null;
}

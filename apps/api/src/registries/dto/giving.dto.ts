import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/http/dto-helpers';
import type { Giving } from '../registry.entity';

/** Spaces and lower case are how people write IBANs and BICs; they are stored in electronic format. */
const Electronic = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() || null : value));

/**
 * How guests give money. Every field optional and nullable (null or '' clears it). The IBAN is checked by its
 * checksum and the BIC by its format (ibantools); the link template must be https with `{amount}` in it.
 */
export class GivingInputDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: 'A transfer to our joint account is perfect.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 70,
    example: 'Ana Silva & Ben Okafor',
    description: 'As on the account (at most 70 characters, the EPC QR limit).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(70)
  accountHolder?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'DE89 3704 0044 0532 0130 00', description: 'Spaces allowed; stored without them.' })
  @IsOptional()
  @Electronic()
  @IsString()
  @MaxLength(34)
  iban?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'COBADEFFXXX' })
  @IsOptional()
  @Electronic()
  @IsString()
  @MaxLength(11)
  bic?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    example: 'https://paypal.me/anaben/{amount}',
    description: 'An https address with `{amount}` where the amount goes, in major units (50.00).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  paymentLinkTemplate?: string | null;
}

/** The giving settings as the couple sees them. */
export class GivingDto {
  @ApiProperty({ type: String, nullable: true }) instructions!: string | null;
  @ApiProperty({ type: String, nullable: true }) accountHolder!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Electronic format (no spaces).' }) iban!: string | null;
  @ApiProperty({ type: String, nullable: true }) bic!: string | null;
  @ApiProperty({ type: String, nullable: true }) paymentLinkTemplate!: string | null;

  static from(giving: Giving | null): GivingDto | null {
    if (!giving) return null;
    return {
      instructions: giving.instructions ?? null,
      accountHolder: giving.accountHolder ?? null,
      iban: giving.iban ?? null,
      bic: giving.bic ?? null,
      paymentLinkTemplate: giving.paymentLinkTemplate ?? null,
    };
  }
}

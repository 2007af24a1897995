import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { LANGUAGE_CODES, type Language } from '@whispergifts/i18n';
import { GivingInputDto } from './giving.dto';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { IsCalendarDate, IsCurrency, IsTimeZone } from '../../common/http/validators';
import { THEMES, Theme, VISIBILITIES, Visibility } from '../registry.entity';
import { IsSlug } from '../slug';

export class CreateRegistryDto {
  @ApiProperty({ example: 'ana-and-ben', description: 'The address of the gift list: lowercase letters, digits and hyphens, 3–60 characters.' })
  @Trim()
  @IsSlug()
  slug!: string;

  @ApiProperty({ example: 'Ana & Ben are getting married', maxLength: 120 })
  @Trim()
  @IsString()
  @Length(1, 120)
  title!: string;

  @ApiProperty({ example: 'Ana & Ben', maxLength: 120 })
  @Trim()
  @IsString()
  @Length(1, 120)
  coupleNames!: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2027-06-12', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  eventDate?: string | null;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Optional()
  @IsString()
  @MaxLength(4000)
  welcomeMessage?: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code; price hints are in its minor units.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsCurrency()
  currency!: string;

  @ApiPropertyOptional({
    enum: VISIBILITIES,
    default: 'public',
    description: 'public: anyone with the link; unlisted: same, never listed or indexed; password: guests need the password.',
  })
  @Optional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @ApiPropertyOptional({ minLength: 4, maxLength: 200, writeOnly: true, description: 'Required when visibility is password.' })
  @ValidateIf((dto: CreateRegistryDto) => dto.password !== undefined)
  @IsString()
  @Length(4, 200)
  password?: string;

  @ApiPropertyOptional({ default: false, description: 'Hide who reserved what from the couple until the reveal date.' })
  @Optional()
  @IsBoolean()
  surpriseMode?: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Required while surpriseMode is on (names are hidden until this day). Kept when surprise mode is turned off, for when it is turned on again.',
  })
  @IsOptional()
  @IsCalendarDate()
  revealDate?: string | null;

  @ApiPropertyOptional({
    default: false,
    description: 'Hold every reservation until the guest confirms it with a link sent by e-mail; unconfirmed ones lapse (RESERVATION_HOLD_MINUTES).',
  })
  @Optional()
  @IsBoolean()
  guestsConfirmByEmail?: boolean;

  @ApiPropertyOptional({
    example: 'Europe/Lisbon',
    default: 'UTC',
    description: 'An IANA time zone name: dates in the tracker exports, its charts and e-mails are shown in it.',
  })
  @Optional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    enum: LANGUAGE_CODES,
    enumName: 'Language',
    description: 'ISO 639-1: the language of the guest page and of the guests’ e-mails. By default the language of the account that creates it.',
  })
  @Optional()
  @IsIn(LANGUAGE_CODES)
  language?: Language;

  @ApiPropertyOptional({
    default: true,
    description:
      'E-mail guests whose reservation is not marked bought: REMINDER_AFTER_DAYS after reserving and REMINDER_BEFORE_EVENT_DAYS before the event (never after it), with links to mark it bought or release it.',
  })
  @Optional()
  @IsBoolean()
  remindersEnabled?: boolean;

  @ApiPropertyOptional({
    enum: THEMES,
    default: 'classic',
    description: 'The guest page’s look. The Free plan may use the first two (classic, garden); the others need Standard or Premium (403 `plan-limit`).',
  })
  @Optional()
  @IsIn(THEMES)
  theme?: Theme;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 30,
    maximum: 3650,
    default: 365,
    description: 'How many days after the event date guests’ personal data (names, e-mails, addresses, messages) is kept before it is erased.',
  })
  @Optional()
  @IsInt()
  @Min(30)
  @Max(3650)
  guestDataRetentionDays?: number;

  @ApiPropertyOptional({
    type: GivingInputDto,
    nullable: true,
    description: 'How guests give money for funds and group gifts. Fields sent replace those stored; null clears all of it.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => GivingInputDto)
  giving?: GivingInputDto | null;
}

/** Every field optional; send only what changes. `null` clears a nullable field (dates). */
export class UpdateRegistryDto extends PartialType(CreateRegistryDto, { skipNullProperties: false }) {}

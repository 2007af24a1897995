import { LANGUAGE_CODES, type Language } from '@whispergifts/i18n';
import { ApiProperty } from '@nestjs/swagger';
import { ImageDto, imageDto } from '../../images/dto/image.dto';
import { THEMES, VISIBILITIES } from '../registry.entity';
import { GivingDto } from './giving.dto';
import type { Registry, Theme, Visibility } from '../registry.entity';
import { OWNER_NOTIFY } from '../registry-owner.entity';
import type { OwnerNotify } from '../registry-owner.entity';

export class RegistryOwnerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({
    enum: OWNER_NOTIFY,
    description: 'How this owner hears of new reservations and pledges: an e-mail for each one, a daily digest, or none.',
  })
  notify!: OwnerNotify;
}

/** An administrator's suspension of the list, as its owners are told of it. */
export class RegistrySuspensionDto {
  @ApiProperty({ description: 'What guests are shown instead of the gifts.' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
}

/** A registry as its owners see it. */
export class RegistryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) eventDate!: string | null;
  @ApiProperty() welcomeMessage!: string;
  @ApiProperty({ type: ImageDto, nullable: true }) headerImage!: ImageDto | null;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: VISIBILITIES }) visibility!: Visibility;
  @ApiProperty() surpriseMode!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) revealDate!: string | null;
  @ApiProperty({ description: 'Every reservation waits for the guest to confirm it by e-mail.' }) guestsConfirmByEmail!: boolean;
  @ApiProperty({ example: 'Europe/Lisbon', description: 'IANA time zone: dates in the tracker exports, its charts and e-mails are shown in it.' })
  timeZone!: string;
  @ApiProperty({ enum: LANGUAGE_CODES, enumName: 'Language', description: 'ISO 639-1: the guest page’s and the guests’ e-mails’ language.' })
  language!: Language;
  @ApiProperty({ description: 'Guests are reminded of reservations they have not marked bought.' }) remindersEnabled!: boolean;
  @ApiProperty({ enum: THEMES }) theme!: Theme;
  @ApiProperty({ example: 'free' }) plan!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The verified custom domain that shows this list (set through /custom-domain, once its DNS record is found).',
  })
  customDomain!: string | null;
  @ApiProperty({
    type: RegistrySuspensionDto,
    nullable: true,
    description: 'Set while an administrator has suspended the list: guests see the reason instead of the gifts and cannot reserve or pledge.',
  })
  suspension!: RegistrySuspensionDto | null;
  @ApiProperty({ type: GivingDto, nullable: true, description: 'How guests give money; null until set up.' }) giving!: GivingDto | null;
  @ApiProperty({
    type: 'integer',
    minimum: 30,
    maximum: 3650,
    description: 'Guests’ names, e-mail addresses, postal addresses and messages are erased this many days after the event date (the gifts stay, anonymous).',
  })
  guestDataRetentionDays!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When guests’ personal data was last erased by the retention job; null until then.',
  })
  guestDataErasedAt!: string | null;
  @ApiProperty({ description: 'Increases with every change to the registry, its items or its reservations.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [RegistryOwnerDto] }) owners!: RegistryOwnerDto[];
  @ApiProperty({ format: 'uri', description: 'Where guests open the gift list.' }) guestUrl!: string;
  @ApiProperty({ description: 'Send as If-Match when changing or deleting the registry: a change by someone else in between then gives 412.' })
  etag!: string;

  static from(registry: Registry, owners: RegistryOwnerDto[], publicUrl: string, etag: string, mediaUrl: string): RegistryDto {
    return {
      id: registry.id,
      slug: registry.slug,
      title: registry.title,
      coupleNames: registry.coupleNames,
      eventDate: registry.eventDate,
      welcomeMessage: registry.welcomeMessage,
      headerImage: imageDto(registry.headerImage, mediaUrl),
      currency: registry.currency,
      visibility: registry.visibility,
      surpriseMode: registry.surpriseMode,
      revealDate: registry.revealDate,
      guestsConfirmByEmail: registry.guestsConfirmByEmail,
      timeZone: registry.timeZone,
      language: registry.language,
      remindersEnabled: registry.remindersEnabled,
      theme: registry.theme,
      plan: registry.plan,
      customDomain: registry.customDomain,
      suspension: registry.suspendedAt ? { reason: registry.suspendedReason ?? '', since: registry.suspendedAt.toISOString() } : null,
      giving: GivingDto.from(registry.giving),
      guestDataRetentionDays: registry.guestDataRetentionDays,
      guestDataErasedAt: registry.guestDataErasedAt?.toISOString() ?? null,
      version: registry.version,
      createdAt: registry.createdAt.toISOString(),
      updatedAt: registry.updatedAt.toISOString(),
      owners,
      guestUrl: `${publicUrl}/r/${registry.slug}`,
      etag,
    };
  }
}

/** One line of the owner's list of registries. */
export class RegistrySummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) eventDate!: string | null;
  @ApiProperty({ enum: VISIBILITIES }) visibility!: Visibility;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(registry: Registry): RegistrySummaryDto {
    const { id, slug, title, coupleNames, eventDate, visibility, version } = registry;
    return { id, slug, title, coupleNames, eventDate, visibility, version, updatedAt: registry.updatedAt.toISOString() };
  }
}

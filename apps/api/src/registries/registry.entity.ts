import type { Language } from '@whispergifts/i18n';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../database/column-transformers';
import type { StoredImage } from '../images/stored-image';

export const VISIBILITIES = ['public', 'unlisted', 'password'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
/** The guest page's themes. Order matters: the Free plan may use the first ones (plans.ts `limits.themes`). */
export const THEMES = ['classic', 'garden', 'modern', 'midnight', 'terracotta', 'coastal'] as const;
export type Theme = (typeof THEMES)[number];

/** A registry's giving settings; every field optional. The IBAN and BIC are stored in electronic format (no spaces, upper case). */
export interface Giving {
  instructions?: string | null;
  accountHolder?: string | null;
  iban?: string | null;
  bic?: string | null;
  /** https, with `{amount}` where the amount in major units goes, e.g. `https://paypal.me/anaben/{amount}`. */
  paymentLinkTemplate?: string | null;
}

@Entity('registries')
export class Registry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') slug!: string;
  @Column('text') title!: string;
  @Column('text', { name: 'couple_names' }) coupleNames!: string;
  /** A calendar date (YYYY-MM-DD), not an instant. */
  @Column('date', { name: 'event_date', nullable: true }) eventDate!: string | null;
  @Column('text', { name: 'welcome_message' }) welcomeMessage!: string;
  @Column('jsonb', { name: 'header_image', nullable: true }) headerImage!: StoredImage | null;
  @Column('char', { length: 3 }) currency!: string;
  @Column('text') visibility!: Visibility;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash!: string | null;
  @Column('boolean', { name: 'surprise_mode' }) surpriseMode!: boolean;
  @Column('date', { name: 'reveal_date', nullable: true }) revealDate!: string | null;
  @Column('text') theme!: Theme;
  @Column('text') plan!: string;
  @Column('text', { name: 'custom_domain', nullable: true }) customDomain!: string | null;
  /** Every reservation is held until the guest confirms it by e-mail. */
  @Column('boolean', { name: 'guests_confirm_by_email' }) guestsConfirmByEmail!: boolean;
  /** How guests give money (pledges): instructions, a bank account, a payment link template; null when not set up. */
  @Column('jsonb', { nullable: true }) giving!: Giving | null;
  /** Guests are reminded of reservations not yet bought (issue 13). */
  @Column('boolean', { name: 'reminders_enabled' }) remindersEnabled!: boolean;
  /** Guests' personal data is erased this many days after the event (30 to 3650). */
  @Column('integer', { name: 'guest_data_retention_days' }) guestDataRetentionDays!: number;
  @Column('timestamptz', { name: 'guest_data_erased_at', nullable: true }) guestDataErasedAt!: Date | null;
  /** An IANA time zone (e.g. `Europe/Lisbon`): dates in exports and e-mails are shown in it. */
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  /** The guest page's and the guests' e-mails' language. */
  @Column('text') language!: Language;
  /** The 1200×630 link preview under MEDIA_DIR (`og-<hash>.png`, named after what it shows); made by the worker, null until then. */
  @Column('text', { name: 'link_preview', nullable: true }) linkPreview!: string | null;
  /** Suspended by an administrator (abuse): guests see the reason instead of the gifts and cannot reserve or pledge. */
  @Column('timestamptz', { name: 'suspended_at', nullable: true }) suspendedAt!: Date | null;
  /** Shown to guests while suspended; set exactly when `suspendedAt` is (a CHECK). */
  @Column('text', { name: 'suspended_reason', nullable: true }) suspendedReason!: string | null;
  /** Bumped in the same transaction as every change to the registry, its items or its reservations. */
  @Column({ type: 'bigint', transformer: bigintAsNumber, insert: false }) version!: number;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false }) updatedAt!: Date;
}

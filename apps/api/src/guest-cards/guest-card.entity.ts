import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Theme } from '../registries/registry.entity';

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
export const CARDS_PER_PAGE = [4, 8] as const;
export type CardsPerPage = (typeof CARDS_PER_PAGE)[number];
export const GUEST_CARD_STATUSES = ['rendering', 'ready', 'failed'] as const;
export type GuestCardStatus = (typeof GUEST_CARD_STATUSES)[number];

/** What the couple chose; the names, date, address and photo are read from the registry when the card is drawn. */
export interface GuestCardOptions {
  theme: Theme;
  paper: Paper;
  perPage: CardsPerPage;
  heading: string;
  message: string;
}

/** One render of printable guest cards: a PDF (and a PNG of its page) under MEDIA_DIR/guest-cards, named at random. */
@Entity('guest_cards')
export class GuestCard {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'registry_id' }) registryId!: string;
  @Column('text') status!: GuestCardStatus;
  @Column('jsonb') options!: GuestCardOptions;
  @Column('text', { nullable: true }) file!: string | null;
  @Column('text', { nullable: true }) preview!: string | null;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

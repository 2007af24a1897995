import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { THEMES, Theme } from '../../registries/registry.entity';
import { CARDS_PER_PAGE, CardsPerPage, GUEST_CARD_STATUSES, GuestCard, GuestCardStatus, PAPERS, Paper } from '../guest-card.entity';

export const HEADING_MAX = 60;
export const MESSAGE_MAX = 240;

export class CreateGuestCardsDto {
  @ApiPropertyOptional({ enum: THEMES, description: "The design; by default the gift list's own theme." })
  @Optional()
  @IsIn(THEMES)
  theme?: Theme;

  @ApiProperty({ enum: PAPERS, example: 'a4' })
  @IsIn(PAPERS)
  paper!: Paper;

  @ApiProperty({ enum: CARDS_PER_PAGE, example: 4, description: '4 (A6-sized cards) or 8 (business-card-sized) on each sheet.' })
  @IsIn(CARDS_PER_PAGE)
  perPage!: CardsPerPage;

  @ApiPropertyOptional({ maxLength: HEADING_MAX, default: 'Our gift list', description: 'The line above the names.' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(HEADING_MAX)
  heading?: string;

  @ApiPropertyOptional({ maxLength: MESSAGE_MAX, default: '', description: 'A short message under the date.' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(MESSAGE_MAX)
  message?: string;
}

export class GuestCardsStartedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class GuestCardsDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: GUEST_CARD_STATUSES }) status!: GuestCardStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The print-ready PDF, once ready. Unguessable; share it only with your printer.' })
  url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A PNG of the page, once ready (when the worker could make one).' })
  previewUrl!: string | null;
  @ApiProperty({ enum: PAPERS }) paper!: Paper;
  @ApiProperty({ enum: CARDS_PER_PAGE }) perPage!: CardsPerPage;
  @ApiProperty({ enum: THEMES }) theme!: Theme;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;

  static from(card: GuestCard, mediaUrl: string): GuestCardsDto {
    const file = (name: string | null) => (card.status === 'ready' && name ? `${mediaUrl}/guest-cards/${name}` : null);
    return {
      id: card.id,
      status: card.status,
      url: file(card.file),
      previewUrl: file(card.preview),
      paper: card.options.paper,
      perPage: card.options.perPage,
      theme: card.options.theme,
      createdAt: card.createdAt.toISOString(),
    };
  }
}

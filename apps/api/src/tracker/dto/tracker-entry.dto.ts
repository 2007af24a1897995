import { ApiProperty } from '@nestjs/swagger';

export const ENTRY_KINDS = ['reservation', 'pledge', 'offline'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Where an entry is on its way from the guest to the thank-you card. A reservation goes reserved → bought (the guest
 * says so) → received → thanked (the couple); a pledge pledged → bought (sent) → received → thanked; a gift given
 * outside the list starts received. `held` waits for the guest's e-mail confirmation; `cancelled` and `lapsed` ended.
 */
export const STAGES = ['held', 'reserved', 'pledged', 'bought', 'received', 'thanked', 'cancelled', 'lapsed'] as const;
export type Stage = (typeof STAGES)[number];

export class TrackerGuestDto {
  @ApiProperty({ description: 'For a gift given outside the list: the giver the couple wrote down.' }) name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a gift given outside the list.' }) email!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The postal address the guest left for the thank-you card. Only the couple sees it; it is never in a public response.',
  })
  address!: string | null;
  @ApiProperty({ description: "The guest's message to the couple (for a gift given outside the list: the couple's note)." }) message!: string;
}

export class TrackerEntryDto {
  @ApiProperty({ example: 'r-6f1c9a3e-2d4b-4c1a-9e8f-0a1b2c3d4e5f', description: 'Prefixed by kind: `r-` reservation, `p-` pledge, `o-` outside the list.' })
  id!: string;
  @ApiProperty({ enum: ENTRY_KINDS }) kind!: EntryKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for a gift given outside the list.' }) itemId!: string | null;
  @ApiProperty({ description: "The item's name, or the couple's description of a gift given outside the list." }) gift!: string;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Units reserved (reservations only).' }) quantity!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Minor units (pledges, and money given outside the list).' }) amount!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'What arrived, minor units (a received pledge; money given outside the list).' })
  receivedAmount!: number | null;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ type: TrackerGuestDto, nullable: true, description: 'Null while surprise mode hides who gave what (as in the reservations view).' })
  guest!: TrackerGuestDto | null;
  @ApiProperty({ enum: STAGES }) stage!: Stage;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the guest said they bought (or sent) it.' }) boughtAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) receivedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) thankedAt!: string | null;
  @ApiProperty({ description: 'The couple\'s note about the thank-you, e.g. "card sent".' }) thankNote!: string;
  @ApiProperty({ description: "The guest's personal data was erased (they asked, or the retention period passed); the entry stays, anonymous." })
  personalDataErased!: boolean;
}

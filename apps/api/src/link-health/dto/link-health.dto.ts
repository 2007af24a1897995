import { ApiProperty } from '@nestjs/swagger';
import { LINK_STATUSES, type LinkStatus } from '../link-check.entity';

/** The last check of one item's shop link; for the couple only (never in the guest list). */
export class LinkHealthDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({
    enum: LINK_STATUSES,
    enumName: 'LinkStatus',
    description: '`unknown`: the shop did not answer clearly (a timeout, a 5xx); checked again next week.',
  })
  status!: LinkStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'http-404',
    description: 'Why, for a dead or unknown link: http-404, http-410, dns, home-page, timeout, …',
  })
  reason!: string | null;
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
}

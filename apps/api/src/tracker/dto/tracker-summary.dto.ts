import { ApiProperty } from '@nestjs/swagger';
import { TrackerCountsDto } from './tracker.dto';

export class TrackerDayDto {
  @ApiProperty({ type: String, format: 'date', example: '2027-05-01', description: "A calendar day in the registry's time zone." }) date!: string;
  @ApiProperty({ type: 'integer', description: 'Reservations made that day and still standing (not cancelled or lapsed).' }) reservations!: number;
  @ApiProperty({ type: 'integer', description: 'Pledges made that day and not undone.' }) pledges!: number;
}

export class TrackerCategoryDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null: items without a category.' }) category!: string | null;
  @ApiProperty({ type: 'integer', description: 'Units wanted (a gift without a count counts what is reserved of it).' }) wanted!: number;
  @ApiProperty({ type: 'integer', description: 'Units reserved.' }) reserved!: number;
}

export class TrackerFundDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['fund', 'group-gift'] }) kind!: 'fund' | 'group-gift';
  @ApiProperty({ type: 'integer', nullable: true, description: 'Minor units; null for an open-ended fund.' }) targetAmount!: number | null;
  @ApiProperty({ type: 'integer', description: 'Sum of active pledges, minor units.' }) pledgedAmount!: number;
  @ApiProperty({ type: 'integer', description: 'Sum of what the couple marked received, minor units.' }) receivedAmount!: number;
}

/** What the dashboard's charts draw. */
export class TrackerSummaryDto {
  @ApiProperty({ type: TrackerCountsDto }) counts!: TrackerCountsDto;
  @ApiProperty({ type: [TrackerDayDto], description: 'Days with at least one reservation or pledge, oldest first.' }) overTime!: TrackerDayDto[];
  @ApiProperty({ type: [TrackerCategoryDto], description: 'Counted gifts (not money gifts) per category, by name.' }) categories!: TrackerCategoryDto[];
  @ApiProperty({ type: [TrackerFundDto], description: 'Every fund and group gift, in list order.' }) funds!: TrackerFundDto[];
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ example: 'Europe/Lisbon', description: 'The time zone the days are counted in.' }) timeZone!: string;
}

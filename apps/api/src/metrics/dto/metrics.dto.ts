import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '../../common/http/validators';

export class MetricsRangeQuery {
  @ApiProperty({ type: String, format: 'date', example: '2026-01-01', description: 'First day (UTC), included.' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-01-31', description: 'Last day (UTC), included; at most 366 days after `from`.' })
  @IsCalendarDate()
  to!: string;
}

export class DailyMetricsDto {
  @ApiProperty({ type: String, format: 'date', example: '2026-01-01', description: 'The UTC day counted.' })
  day!: string;
  @ApiProperty({ type: 'integer', example: 12, description: 'Accounts created that day.' }) signups!: number;
  @ApiProperty({ type: 'integer', example: 5, description: 'Registries created that day.' }) registries!: number;
  @ApiProperty({ type: 'integer', example: 80, description: 'Items added that day.' }) items!: number;
  @ApiProperty({ type: 'integer', example: 31, description: 'Reservations made that day, including those undone since.' }) reservations!: number;
  @ApiProperty({ type: 'integer', example: 0, description: 'Plans paid for that day (Stripe orders; one refunded later still counts).' }) upgrades!: number;
  @ApiProperty({ format: 'date-time', description: 'When this day was last computed.' }) computedAt!: string;
}

export class MetricsSeriesDto {
  @ApiProperty({ type: String, format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date' }) to!: string;
  @ApiProperty({ type: [DailyMetricsDto], description: 'One entry per computed day, oldest first. A day that was never computed is absent (not zero).' })
  days!: DailyMetricsDto[];
}

export class MetricsRunRequestDto {
  @ApiProperty({ type: String, format: 'date', example: '2026-01-01', description: 'The UTC day to count again; it must be over (before today).' })
  @IsCalendarDate()
  day!: string;
}

export class MetricsRunDto {
  @ApiProperty({ type: String, format: 'date' }) day!: string;
  @ApiProperty({ description: 'The queued job, visible in the queue dashboard at /api/admin/queues.' }) jobId!: string;
}

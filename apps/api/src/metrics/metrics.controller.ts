import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { MetricsRangeQuery, MetricsRunDto, MetricsRunRequestDto, MetricsSeriesDto } from './dto/metrics.dto';
import { MetricsService } from './metrics.service';

@ApiTags('admin')
@AdminOnly()
@Controller('admin/metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @ApiOperation({
    summary: 'Daily metrics for a range of days (administrators)',
    description:
      'What was created on each UTC day from `from` to `to` (both included, at most 366 days), as computed by the nightly run. ' +
      'A day that was never computed is absent from `days` rather than reported as zero.',
  })
  @Get()
  @Header('cache-control', 'private, no-store')
  @ApiOkResponse({ type: MetricsSeriesDto })
  @ApiProblems(400, 401, 403)
  async series(@Query() { from, to }: MetricsRangeQuery): Promise<MetricsSeriesDto> {
    return { from, to, days: await this.metrics.series(from, to) };
  }

  @ApiOperation({
    summary: 'Count a day again and e-mail its digest (administrators)',
    description: 'Queues a run for a finished UTC day: the worker replaces its stored figures and mails the digest to ADMIN_EMAILS.',
  })
  @Post('runs')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MetricsRunDto, description: 'Queued; the worker stores the day and mails the digest.' })
  @ApiProblems(400, 401, 403)
  run(@Body() { day }: MetricsRunRequestDto): Promise<MetricsRunDto> {
    return this.metrics.requestRun(day);
  }
}

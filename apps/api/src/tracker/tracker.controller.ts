import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { Preconditions, WritePreconditions } from '../common/http/preconditions.decorator';
import { ApiProblems } from '../common/problem/problem.dto';
import { CachedBy } from '../caching/cached-by.decorator';
import { TrackerEntryDto } from './dto/tracker-entry.dto';
import { BulkThankedDto, CreateOfflineGiftDto, ListTrackerQuery, TrackerEntriesDto, TrackerPageDto, UpdateTrackerEntryDto } from './dto/tracker.dto';
import { TrackerSummaryDto } from './dto/tracker-summary.dto';
import { TrackerService } from './tracker.service';
import { TrackerWritesService } from './tracker-writes.service';

const IF_MATCH = 'Send as If-Match the ETag of the tracker (or of the registry): a change in between (perhaps by your partner) gives 412.';

@ApiTags('tracker')
@Authenticated()
@Controller('registries/:registryId/tracker')
export class TrackerController {
  constructor(
    private readonly tracker: TrackerService,
    private readonly writes: TrackerWritesService,
  ) {}

  @ApiOperation({
    summary: 'The gift tracker: every reservation, pledge and gift given outside the list',
    description:
      'Filtered and paginated, newest first, with counts per stage over the whole registry. Guests (addresses included) are shown to the couple only.',
  })
  @Get()
  @CachedBy('owner-tracker')
  @ApiOkResponse({ type: TrackerPageDto })
  @ApiProblems(400, 401, 404)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Query() query: ListTrackerQuery,
  ): Promise<TrackerPageDto> {
    return this.tracker.list(registryId, principal.userId, query);
  }

  @ApiOperation({ summary: "The tracker's figures for the dashboard's charts" })
  @Get('summary')
  @CachedBy('owner-tracker')
  @ApiOkResponse({ type: TrackerSummaryDto })
  @ApiProblems(400, 401, 404)
  summary(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<TrackerSummaryDto> {
    return this.tracker.summary(registryId, principal.userId);
  }

  @ApiOperation({ summary: 'Mark an entry received or thanked, or note the thank-you', description: IF_MATCH })
  @Patch(':entryId')
  @ApiOkResponse({ type: TrackerEntryDto })
  @ApiProblems(400, 401, 404, 409, 412)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('entryId') entryId: string,
    @Body() dto: UpdateTrackerEntryDto,
    @Preconditions() preconditions: WritePreconditions,
  ): Promise<TrackerEntryDto> {
    return this.writes.update(registryId, entryId, principal.userId, dto, preconditions);
  }

  @ApiOperation({ summary: 'Mark many entries thanked at once', description: `All or none. ${IF_MATCH}` })
  @Post('thanked')
  @HttpCode(200)
  @ApiOkResponse({ type: TrackerEntriesDto })
  @ApiProblems(400, 401, 404, 409, 412)
  thankMany(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: BulkThankedDto,
    @Preconditions() preconditions: WritePreconditions,
  ): Promise<TrackerEntriesDto> {
    return this.writes.thankMany(registryId, principal.userId, dto, preconditions);
  }

  @ApiOperation({ summary: 'Add a gift given outside the list', description: 'It is received when added; TRACKER_OFFLINE_GIFTS_MAX per registry.' })
  @Post()
  @ApiCreatedResponse({ type: TrackerEntryDto })
  @ApiProblems(400, 401, 404, 409)
  addOffline(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: CreateOfflineGiftDto,
  ): Promise<TrackerEntryDto> {
    return this.writes.addOffline(registryId, principal.userId, dto);
  }

  @ApiOperation({ summary: 'Delete a gift given outside the list', description: "Only those (409 for a guest's reservation or pledge)." })
  @Delete(':entryId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, 401, 404, 409)
  removeOffline(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('entryId') entryId: string,
  ): Promise<void> {
    return this.writes.removeOffline(registryId, entryId, principal.userId);
  }
}

import { Controller, Get, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../../common/auth/auth-decision';
import { ApiProblems } from '../../common/problem/problem.dto';
import { TrackerExport, TrackerExports } from './tracker-exports.service';

const COLUMNS =
  'Columns: Gift, Kind, Quantity, Amount (major units of the registry currency), Giver, E-mail, Address, Message, Stage, ' +
  "Reserved/pledged at, Bought at, Received at, Thanked at, Thank-you note. Dates in the registry's time zone; cancelled and lapsed " +
  'entries included with their stage; guests hidden while surprise mode hides them. Addresses are shown to the couple only. ' +
  'Text a spreadsheet would run as a formula is prefixed with an apostrophe.';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('tracker')
@Authenticated()
@Controller('registries/:registryId')
export class TrackerExportsController {
  constructor(private readonly exports: TrackerExports) {}

  @ApiOperation({ summary: 'Download the tracker as CSV', description: `Streamed, UTF-8 with a byte order mark. ${COLUMNS}` })
  @Get('tracker.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 404)
  async csv(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<StreamableFile> {
    return download(await this.exports.csv(registryId, principal.userId), 'text/csv; charset=utf-8');
  }

  @ApiOperation({ summary: 'Download the tracker as an Excel workbook (XLSX)', description: `Streamed. ${COLUMNS}` })
  @Get('tracker.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The XLSX workbook.', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 401, 404)
  async xlsx(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<StreamableFile> {
    return download(await this.exports.xlsx(registryId, principal.userId), XLSX);
  }
}

function download(file: TrackerExport, type: string): StreamableFile {
  return new StreamableFile(file.body, { type, disposition: `attachment; filename="${file.filename}"` });
}

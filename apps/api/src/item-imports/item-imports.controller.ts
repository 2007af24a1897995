import { Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { AcceptsUpload } from '../images/multipart-uploads';
import { ItemImportDto, ItemImportQuery } from './dto/item-import.dto';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './item-columns';
import { IMPORT_MAX_BYTES, ItemImportsService, SheetFile } from './item-imports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMAT =
  `Columns (header row, any order and case; only name is required): ${IMPORT_COLUMNS.join(', ')}. Prices and target in major units of the ` +
  'registry currency with at most its decimals, "49.90" or "49,90"; quantity a whole number or "unlimited" (empty: 1; empty for a fund or ' +
  'group-gift); kind gift, fund or group-gift (empty: gift); target required for a group-gift, optional for a fund; priority high, medium or low.';

@ApiTags('items')
@Authenticated()
@Controller('registries/:registryId/items')
export class ItemImportsController {
  constructor(private readonly imports: ItemImportsService) {}

  @ApiOperation({
    summary: 'Import gifts from a spreadsheet (CSV or XLSX)',
    description:
      `multipart/form-data with one file field, \`file\`: CSV (UTF-8; comma, semicolon or tab) or XLSX (the first sheet), at most ${IMPORT_MAX_BYTES} bytes ` +
      `and ${MAX_IMPORT_ROWS} gifts. ${FORMAT} With dryRun (the default) nothing is written: the answer previews each row and lists each row's ` +
      'errors (row number as the spreadsheet shows it, column, code, message). With dryRun=false every row is added in one transaction, or, if ' +
      'any row is invalid, none (422 `import-has-errors` with `rows` and `rowErrors`). A file that cannot be read (not CSV or XLSX, not UTF-8, ' +
      'empty, unknown or missing columns, too many rows) is 415 or 422 `spreadsheet-unreadable`; more gifts than the plan holds is 403 `plan-limit`. ' +
      'Limited per account (429).',
  })
  @Post('import')
  @HttpCode(200)
  @AcceptsUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    required: true,
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The CSV or XLSX file.' } } },
  })
  @ApiOkResponse({ type: ItemImportDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  import(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Query() query: ItemImportQuery,
    @Req() request: FastifyRequest,
  ): Promise<ItemImportDto> {
    return this.imports.import(registryId, principal.userId, request, query.dryRun ?? true);
  }

  @ApiOperation({
    summary: 'Download the gifts as CSV, in the import format',
    description: `${FORMAT} Archived gifts are left out. UTF-8 with a byte order mark; text a spreadsheet would run as a formula is prefixed with an apostrophe (the import removes it again).`,
  })
  @Get('export.csv')
  @Header('cache-control', 'private, no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 404)
  async exportCsv(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<StreamableFile> {
    return download(await this.imports.exportCsv(registryId, principal.userId), 'text/csv; charset=utf-8');
  }

  @ApiOperation({
    summary: 'Download an import template (CSV)',
    description: `The header row and one example of each kind, priced in the registry currency. ${FORMAT}`,
  })
  @Get('import-template.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV template.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 404)
  async templateCsv(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<StreamableFile> {
    return download(await this.imports.template(registryId, principal.userId, 'csv'), 'text/csv; charset=utf-8');
  }

  @ApiOperation({ summary: 'Download an import template (XLSX)', description: 'The same template as an Excel workbook.' })
  @Get('import-template.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The XLSX template.', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 401, 404)
  async templateXlsx(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<StreamableFile> {
    return download(await this.imports.template(registryId, principal.userId, 'xlsx'), XLSX);
  }
}

function download(file: SheetFile, type: string): StreamableFile {
  const body = typeof file.body === 'string' ? Readable.from([Buffer.from(file.body, 'utf8')]) : file.body;
  return new StreamableFile(body, { type, disposition: `attachment; filename="${file.filename}"` });
}

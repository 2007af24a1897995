import { Body, Controller, Delete, Get, HttpCode, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Principal, SessionOnly } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { AccountDeletion } from './account-deletion.service';
import { AccountExport } from './account-export.service';
import { DeleteAccountDto } from './dto/delete-account.dto';

@ApiTags('accounts')
@Controller()
export class AccountDataController {
  constructor(
    private readonly exports: AccountExport,
    private readonly deletion: AccountDeletion,
  ) {}

  // A read like the others a read token may make: the same data is in the registries, items and reservations routes.
  @Authenticated()
  @ApiOperation({
    summary: 'Download all your data',
    description:
      'A ZIP, streamed: your account and access tokens, and for every registry you own its settings, owners, invitations, items, ' +
      'reservations, pledges, offline gifts and tracker (JSON, and CSV for the spreadsheet-shaped parts), with the original photos. ' +
      'In surprise mode, before the reveal date, guests are not named, as in the reservations view. A few exports an hour (429 beyond).',
  })
  @Get('me/export')
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'whispergifts-export-<date>.zip', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(401, 429)
  async export(@CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const zip = await this.exports.export(principal.userId);
    const filename = `whispergifts-export-${new Date().toISOString().slice(0, 10)}.zip`;
    return new StreamableFile(zip, { type: 'application/zip', disposition: `attachment; filename="${filename}"` });
  }

  // Only a signed-in browser, with the password: a leaked access token must not be able to erase the account.
  @SessionOnly()
  @ApiOperation({
    summary: 'Delete your account',
    description:
      'Needs your password (403 `wrong-password` otherwise; a few attempts an hour). Ends every session and revokes every access token; ' +
      'deletes the registries you own alone, with their items, reservations, pledges and photos; leaves the registries you share with ' +
      'your partner to them.',
  })
  @Delete('me')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; you are signed out.' })
  @ApiProblems(400, 401, 403, 409, 415, 429)
  async delete(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: DeleteAccountDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.deletion.delete(principal.userId, dto.password, request, reply);
  }
}

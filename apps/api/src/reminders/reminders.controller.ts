import { Controller, Get, HttpCode, Param, Post, Redirect } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '../common/config/app-config';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { ReminderReservationDto, ReminderUnsubscribedDto } from './dto/reminder-action.dto';
import { reminderPageUrl } from './reminder-links';
import { RemindersService } from './reminders.service';

/** The links of a reminder e-mail. The token is signed by the server (reminder-links.ts) and names one reservation. */
@ApiTags('reminders')
@Public()
@Controller('public/reminders/:token')
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'Mark a reserved gift bought (guest, from a reminder)' })
  @Post('bought')
  @HttpCode(200)
  @ApiOkResponse({ type: ReminderReservationDto, description: 'Marked bought (or already marked): no more reminders for it.' })
  @ApiProblems(404, 410)
  bought(@Param('token') token: string): Promise<ReminderReservationDto> {
    return this.reminders.markBought(token);
  }

  @ApiOperation({ summary: 'Release a reserved gift (guest, from a reminder)', description: "The guest's undo: the gift is free again." })
  @Post('release')
  @HttpCode(200)
  @ApiOkResponse({ type: ReminderReservationDto, description: 'Released (or already released, undone or lapsed).' })
  @ApiProblems(404)
  release(@Param('token') token: string): Promise<ReminderReservationDto> {
    return this.reminders.release(token);
  }

  @ApiOperation({
    summary: 'Stop reminders from this gift list (guest)',
    description:
      "The List-Unsubscribe target (RFC 8058 One-Click): a mail provider POSTs `List-Unsubscribe=One-Click` as a form, the web app's page posts without a body. No more reminders go to the guest's address from this gift list.",
  })
  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOkResponse({ type: ReminderUnsubscribedDto })
  @ApiProblems(404)
  unsubscribe(@Param('token') token: string): Promise<ReminderUnsubscribedDto> {
    return this.reminders.unsubscribe(token);
  }

  @ApiOperation({
    summary: 'Open the unsubscribe page (a mail client without One-Click follows List-Unsubscribe with a GET)',
    description: 'A GET changes nothing: it sends the reader on to the web page that asks for a click.',
  })
  @Get('unsubscribe')
  @Redirect()
  @ApiResponse({ status: 303, description: 'To the web page `/reminders/unsubscribe/{token}`.' })
  unsubscribePage(@Param('token') token: string): { url: string; statusCode: number } {
    return { url: reminderPageUrl(this.config.publicUrl, 'unsubscribe', encodeURIComponent(token)), statusCode: 303 };
  }
}

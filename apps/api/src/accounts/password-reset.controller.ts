import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { MailAcceptedDto, PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/account-emails.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('accounts')
@Public()
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly passwordReset: PasswordResetService) {}

  @ApiOperation({ summary: 'E-mail a link to choose a new password' })
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MailAcceptedDto, description: 'The same answer whether or not the address has an account.' })
  @ApiProblems(400, 415, 429)
  request(@Body() dto: PasswordResetRequestDto, @Req() request: FastifyRequest): Promise<MailAcceptedDto> {
    return this.passwordReset.request(dto.email, request.ip);
  }

  @ApiOperation({ summary: 'Choose a new password with the token from the e-mailed link' })
  @Post('confirm')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'The password is changed, the link is spent, every session of the account is signed out and every personal access token is revoked.',
  })
  @ApiProblems(400, 415)
  async confirm(@Body() dto: PasswordResetConfirmDto, @Req() request: FastifyRequest): Promise<void> {
    await this.passwordReset.confirm(dto, request.sessionStore);
  }
}

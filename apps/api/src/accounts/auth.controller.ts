import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Principal, Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { AccountsService } from './accounts.service';
import { MailAcceptedDto } from './dto/account-emails.dto';
import { LoginDto } from './dto/login.dto';
import { SignupDto } from './dto/signup.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { requestLanguage } from '../i18n/request-language';
import { UserDto } from './dto/user.dto';
import { Sessions } from './sessions';

@ApiTags('accounts')
@Controller()
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: Sessions,
  ) {}

  @Public()
  @ApiOperation({
    summary: 'Create an account',
    description:
      'Answers the same for a new address and one that has an account already (no session either way): a new account gets a link to verify ' +
      'its address, an existing account’s owner an e-mail that someone tried to sign up with it. Then sign in with POST /api/auth/login.',
  })
  @Post('auth/signup')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MailAcceptedDto, description: 'The same answer whether or not the address had an account.' })
  @ApiProblems(400, 415, 429)
  signup(@Body() dto: SignupDto, @Req() request: FastifyRequest): Promise<MailAcceptedDto> {
    return this.accounts.signup(dto, request.ip, requestLanguage(request));
  }

  @Public()
  @ApiOperation({ summary: 'Sign in' })
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto, description: 'Signed in; the response sets a new session cookie.' })
  @ApiProblems(400, 401, 403, 415, 429)
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest): Promise<UserDto> {
    const user = await this.accounts.login(dto, request.ip);
    await this.sessions.start(request, user);
    return UserDto.from(user);
  }

  @Public()
  @ApiOperation({ summary: 'Sign out' })
  @Post('auth/logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the session is deleted.' })
  @ApiProblems(403)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.end(request, reply);
  }

  @Authenticated()
  @ApiOperation({ summary: 'The signed-in account' })
  @Get('me')
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(401)
  async me(@CurrentPrincipal() principal: Principal): Promise<UserDto> {
    return UserDto.from(await this.accounts.get(principal.userId));
  }

  @Authenticated()
  @ApiOperation({ summary: 'Change the signed-in account’s settings', description: 'Its language: the dashboard’s and its e-mails’.' })
  @Patch('me')
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 401, 415)
  async updateMe(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateMeDto): Promise<UserDto> {
    return UserDto.from(await this.accounts.update(principal.userId, dto));
  }
}

import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal, Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { EmailVerifiedDto, MailAcceptedDto, VerifyEmailDto } from './dto/account-emails.dto';
import { EmailVerificationService } from './email-verification.service';

@ApiTags('accounts')
@Controller('auth/verify-email')
export class EmailVerificationController {
  constructor(private readonly verification: EmailVerificationService) {}

  @Public()
  @ApiOperation({ summary: 'Verify your e-mail address with the token from the e-mailed link' })
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: EmailVerifiedDto, description: 'The address is verified. The link is spent.' })
  @ApiProblems(400, 415)
  verify(@Body() dto: VerifyEmailDto): Promise<EmailVerifiedDto> {
    return this.verification.verify(dto.token);
  }

  @Authenticated()
  @ApiOperation({ summary: 'E-mail a new verification link to your address' })
  @Post('resend')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MailAcceptedDto, description: 'A new link is on its way.' })
  @ApiProblems(401, 409, 429)
  resend(@CurrentPrincipal() principal: Principal): Promise<MailAcceptedDto> {
    return this.verification.resend(principal.userId);
  }
}

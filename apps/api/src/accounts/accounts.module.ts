import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessToken } from './access-token.entity';
import { AccessTokensController } from './access-tokens.controller';
import { AccessTokensService } from './access-tokens.service';
import { AccountToken } from './account-token.entity';
import { AccountTokens } from './account-tokens.service';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { Authentication } from './authentication.service';
import { EmailVerificationController } from './email-verification.controller';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetController } from './password-reset.controller';
import { LoginThrottle } from './login-throttle';
import { PasswordResetService } from './password-reset.service';
import { Passwords } from './passwords';
import { Sessions } from './sessions';
import { User } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([User, AccessToken, AccountToken])],
  controllers: [AuthController, AccessTokensController, EmailVerificationController, PasswordResetController],
  providers: [
    AccountsService,
    AccessTokensService,
    AccountTokens,
    Authentication,
    EmailVerificationService,
    LoginThrottle,
    Passwords,
    PasswordResetService,
    Sessions,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  // Passwords and Sessions for the account's deletion (account-data/), which checks the password and signs out everywhere.
  exports: [AccountsService, Passwords, Sessions],
})
export class AccountsModule {}

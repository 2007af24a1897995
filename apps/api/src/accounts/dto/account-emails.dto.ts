import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { NormalizeEmail } from '../../common/http/dto-helpers';
import { PASSWORD_MAX, PASSWORD_MIN } from './signup.dto';

export class VerifyEmailDto {
  @ApiProperty({ maxLength: 100, description: 'The token from the link in the e-mail (`/verify-email/<token>`).' })
  @IsString()
  @Length(1, 100)
  token!: string;
}

export class EmailVerifiedDto {
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time' }) emailVerifiedAt!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'alex@example.com', maxLength: 254 })
  @NormalizeEmail()
  @IsString()
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ maxLength: 100, description: 'The token from the link in the e-mail (`/reset-password/<token>`).' })
  @IsString()
  @Length(1, 100)
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long` })
  password!: string;
}

/** The answer of a request that sends an e-mail later (the worker sends it). */
export class MailAcceptedDto {
  @ApiProperty({ example: 'If an account uses this address, we have sent it a link to choose a new password.' }) detail!: string;
}

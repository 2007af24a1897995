import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGE_CODES, type Language } from '@whispergifts/i18n';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsDeliverableEmail } from '../../common/http/validators';
import { NormalizeEmail, Trim } from '../../common/http/dto-helpers';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export class SignupDto {
  @ApiProperty({ example: 'alex@example.com', maxLength: 254 })
  @NormalizeEmail()
  @IsDeliverableEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX, example: 'correct horse battery staple' })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long` })
  password!: string;

  @ApiProperty({ minLength: 1, maxLength: 80, example: 'Alex' })
  @Trim()
  @IsString()
  @Length(1, 80)
  displayName!: string;

  @ApiPropertyOptional({
    enum: LANGUAGE_CODES,
    enumName: 'Language',
    description: 'The dashboard’s and this account’s e-mails’ language; by default the best match of Accept-Language, else en.',
  })
  @IsOptional()
  @IsIn(LANGUAGE_CODES)
  language?: Language;
}

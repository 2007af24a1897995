import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { NormalizeEmail } from '../../common/http/dto-helpers';
import { PASSWORD_MAX } from './signup.dto';

export class LoginDto {
  @ApiProperty({ example: 'alex@example.com', maxLength: 254 })
  @NormalizeEmail()
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: PASSWORD_MAX })
  @IsString()
  @Length(1, PASSWORD_MAX)
  password!: string;
}

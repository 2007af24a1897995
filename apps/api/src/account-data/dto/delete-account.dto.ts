import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PASSWORD_MAX } from '../../accounts/dto/signup.dto';

export class DeleteAccountDto {
  @ApiProperty({
    maxLength: PASSWORD_MAX,
    writeOnly: true,
    description: 'Your password, so that a session left open on a shared computer cannot delete the account.',
  })
  @IsString()
  @Length(1, PASSWORD_MAX)
  password!: string;
}

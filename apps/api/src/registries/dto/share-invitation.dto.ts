import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { MAX_INVITATIONS_PER_REQUEST, MAX_INVITATIONS_PER_DAY } from '../share-invitation-addresses';

export const SHARE_MESSAGE_MAX = 1000;

export class CreateShareInvitationsDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: MAX_INVITATIONS_PER_REQUEST,
    example: ['may@example.com', 'tom@example.com'],
    description: `Guests' e-mail addresses; repeats are sent once. Each invalid address is reported with its pointer (\`#/emails/3\`). At most ${MAX_INVITATIONS_PER_DAY} invitations per registry in any 24 hours.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INVITATIONS_PER_REQUEST, { message: `emails must list at most ${MAX_INVITATIONS_PER_REQUEST} addresses per request` })
  emails!: unknown[];

  @ApiPropertyOptional({ maxLength: SHARE_MESSAGE_MAX, example: 'We would love to see you there!', description: 'Your words, quoted in every e-mail.' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(SHARE_MESSAGE_MAX)
  message?: string;
}

export class ShareInvitationsDto {
  @ApiProperty({ type: [String], format: 'email', description: 'The addresses an invitation is on its way to, each once.' }) invited!: string[];
  @ApiProperty({ description: 'How many more invitations this registry may send right now (the limit counts the last 24 hours).' })
  remaining!: number;
}

import { CursorPageQuery } from '../../common/http/cursor-page';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsString, MaxLength } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { MAX_INVITATIONS_PER_REQUEST } from '../share-invitation-addresses';

export const SHARE_MESSAGE_MAX = 1000;

export class CreateShareInvitationsDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: MAX_INVITATIONS_PER_REQUEST,
    example: ['may@example.com', 'tom@example.com'],
    description:
      "Guests' e-mail addresses; repeats are sent once. Each invalid address is reported with its pointer (`#/emails/3`). Your account may send a limited number of invitations in any 24 hours, across all your registries (SHARE_INVITATIONS_PER_DAY, 200 by default); sending needs a verified e-mail address.",
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

  @ApiPropertyOptional({
    default: false,
    description:
      'Send again to addresses invited to this registry in the last days (INVITATION_REPEAT_DAYS, 7 by default); they still count against the limit.',
  })
  @Optional()
  @IsBoolean()
  resend?: boolean;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 200,
    writeOnly: true,
    description:
      "A password-protected list only: its password, to print in each e-mail so guests can open the list. Only the password's hash is kept on the list, so you type it here; it must be the list's current password (400 `invalid` on `#/password` otherwise, `not-applicable` for a list without one). Left out, the e-mail says the list has a password and that you will tell them.",
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  password?: string;
}

export class SkippedInvitationDto {
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({
    enum: ['invited-recently'],
    description: 'Why no e-mail went: this address was invited to this registry recently (send `resend: true` to send it again).',
  })
  reason!: 'invited-recently';
  @ApiProperty({ format: 'date-time', description: 'When it was last invited.' }) invitedAt!: string;
}

export class ShareInvitationsDto {
  @ApiProperty({ type: [String], format: 'email', description: 'The addresses an invitation is on its way to, each once.' }) invited!: string[];
  @ApiProperty({ type: [SkippedInvitationDto], description: 'The addresses left out, each with the reason; not an error.' })
  skipped!: SkippedInvitationDto[];
  @ApiProperty({ description: 'How many more invitations your account may send right now (the limit counts the last 24 hours, across your registries).' })
  remaining!: number;
}

export class ListShareInvitationsQuery extends CursorPageQuery() {}

export class SentShareInvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time', description: 'When the invitation was sent (written; the e-mail follows within seconds).' }) sentAt!: string;
}

export class SentShareInvitationsDto {
  @ApiProperty({ type: [SentShareInvitationDto], description: 'Every invitation sent to this registry, a resend included, newest first.' })
  invitations!: SentShareInvitationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

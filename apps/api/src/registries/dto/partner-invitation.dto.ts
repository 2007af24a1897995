import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, MaxLength } from 'class-validator';
import { IsDeliverableEmail } from '../../common/http/validators';
import { NormalizeEmail, Optional } from '../../common/http/dto-helpers';

export class CreatePartnerInvitationDto {
  @ApiProperty({ example: 'ben@example.com', description: 'The partner who will co-own the registry; only an account with this verified address can accept.' })
  @NormalizeEmail()
  @IsDeliverableEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({
    default: false,
    description:
      'Invite again an address invited to this registry in the last days (INVITATION_REPEAT_DAYS, 7 by default); without it, that is a 409 `already-invited`.',
  })
  @Optional()
  @IsBoolean()
  resend?: boolean;
}

/** What the partner's link says before they sign in: whose list, who invited them, and the address to use. */
export class PartnerInvitationPreviewDto {
  @ApiProperty({ example: 'Ana & Ben are getting married' }) registryTitle!: string;
  @ApiProperty({ example: 'Ana & Ben' }) coupleNames!: string;
  @ApiProperty({ example: 'Ben', description: 'The display name of the owner who sent the invitation.' }) invitedBy!: string;
  @ApiProperty({
    format: 'email',
    description: 'The invited address, to pre-fill sign-up and sign-in: only an account with this verified address can accept. The link was e-mailed to it.',
  })
  email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class PartnerInvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'uri', description: 'The link the partner opens to accept. Shown once; it is also e-mailed to the partner.' })
  acceptUrl!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { IsDeliverableEmail } from '../../common/http/validators';
import { NormalizeEmail } from '../../common/http/dto-helpers';

export class CreatePartnerInvitationDto {
  @ApiProperty({ example: 'ben@example.com', description: 'The partner who will co-own the registry.' })
  @NormalizeEmail()
  @IsDeliverableEmail()
  @MaxLength(254)
  email!: string;
}

export class PartnerInvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'uri', description: 'The link the partner opens to accept. Shown once; it is also e-mailed to the partner.' })
  acceptUrl!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Trim } from '../../common/http/dto-helpers';
import type { AccessToken } from '../access-token.entity';

export class CreateAccessTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 80, example: 'Wedding website' })
  @Trim()
  @IsString()
  @Length(1, 80)
  name!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 3650, description: 'Days until the token stops working; omit for no expiry.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}

export class AccessTokenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The last four characters of the token, to tell tokens apart.' }) hint!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;

  static from(token: AccessToken): AccessTokenDto {
    return {
      id: token.id,
      name: token.name,
      hint: token.tokenHint,
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt?.toISOString() ?? null,
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedAccessTokenDto extends AccessTokenDto {
  @ApiProperty({ description: 'The token itself. Shown only once: store it now. Send it as `Authorization: Bearer <token>`.' })
  token!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { TokenScope } from '../../common/auth/auth-decision';
import { Trim } from '../../common/http/dto-helpers';
import type { AccessToken } from '../access-token.entity';

export const TOKEN_SCOPES: TokenScope[] = ['read', 'write'];
/** The hard ceiling of a token's lifetime; ACCESS_TOKEN_MAX_DAYS may lower it. */
export const ACCESS_TOKEN_MAX_DAYS_CEILING = 365;

export class CreateAccessTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 80, example: 'Wedding website' })
  @Trim()
  @IsString()
  @Length(1, 80)
  name!: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: ACCESS_TOKEN_MAX_DAYS_CEILING,
    description: 'Days until the token stops working (default 90, at most ACCESS_TOKEN_MAX_DAYS, 365 by default). Every token expires.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ACCESS_TOKEN_MAX_DAYS_CEILING)
  expiresInDays?: number;

  @ApiPropertyOptional({
    enum: TOKEN_SCOPES,
    default: 'read',
    description: '`read`: GET requests only. `write`: changes too. No token can manage tokens (that needs a signed-in session).',
  })
  @IsOptional()
  @IsIn(TOKEN_SCOPES, { message: 'scope must be read or write' })
  scope?: TokenScope;
}

export class AccessTokenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The last four characters of the token, to tell tokens apart.' }) hint!: string;
  @ApiProperty({ enum: TOKEN_SCOPES, description: '`read`: GET requests only; `write`: changes too.' }) scope!: TokenScope;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;

  static from(token: AccessToken): AccessTokenDto {
    return {
      id: token.id,
      name: token.name,
      hint: token.tokenHint,
      scope: token.scope,
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt.toISOString(),
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedAccessTokenDto extends AccessTokenDto {
  @ApiProperty({ description: 'The token itself. Shown only once: store it now. Send it as `Authorization: Bearer <token>`.' })
  token!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGE_CODES, type Language } from '@whispergifts/i18n';
import type { User } from '../user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['user', 'admin'] }) role!: 'user' | 'admin';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailVerifiedAt!: string | null;
  @ApiProperty({ enum: LANGUAGE_CODES, enumName: 'Language', description: 'ISO 639-1: the dashboard’s and this account’s e-mails’ language.' })
  language!: Language;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
      language: user.language,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

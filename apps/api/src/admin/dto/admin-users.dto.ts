import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsIn } from 'class-validator';
import { Optional } from '../../common/http/dto-helpers';
import type { UserRole } from '../../accounts/user.entity';

const ROLES: UserRole[] = ['user', 'admin'];

/** An account as administrators see it. */
export class AdminUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: UserRole;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailVerifiedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When an administrator disabled the account; null while enabled.' })
  disabledAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'Registries this account owns (alone or with a partner).' }) registries!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AdminUserListDto {
  @ApiProperty({ type: [AdminUserDto], description: 'Newest first.' }) users!: AdminUserDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

/** What an administrator may change about an account; each change is audited. At least one field. */
export class UpdateAdminUserDto {
  @ApiPropertyOptional({ enum: [true], description: 'Marks the e-mail address verified (as if the person had followed the link).' })
  @Optional()
  @Equals(true)
  emailVerified?: true;

  @ApiPropertyOptional({
    description:
      'true disables the account: its sessions end at once, its access tokens and sign-ins are refused. false enables it again. An administrator cannot disable themselves.',
  })
  @Optional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ enum: ROLES, description: '`admin` may use the admin area from their next request; the last active administrator cannot be removed.' })
  @Optional()
  @IsIn(ROLES)
  role?: UserRole;
}

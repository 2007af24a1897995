import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { PLAN_IDS } from '../../plans/plans';
import type { PlanId } from '../../plans/plans';
import { VISIBILITIES } from '../../registries/registry.entity';
import type { Visibility } from '../../registries/registry.entity';

export const SUSPENSION_REASON_MAX = 500;

export class AdminRegistryOwnerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
}

/** A registry as administrators see it. */
export class AdminRegistryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) eventDate!: string | null;
  @ApiProperty({ enum: VISIBILITIES }) visibility!: Visibility;
  @ApiProperty({ enum: PLAN_IDS }) plan!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When an administrator suspended the list; null when it is not suspended.' })
  suspendedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What guests are shown while the list is suspended.' }) suspendedReason!: string | null;
  @ApiProperty({ type: 'integer', description: 'Gifts, funds and group gifts, archived ones included.' }) items!: number;
  @ApiProperty({ type: [AdminRegistryOwnerDto] }) owners!: AdminRegistryOwnerDto[];
  @ApiProperty({ format: 'uri', description: 'Where guests open the gift list.' }) guestUrl!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AdminRegistryListDto {
  @ApiProperty({ type: [AdminRegistryDto], description: 'Newest first.' }) registries!: AdminRegistryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

/** What an administrator may change about a registry; each change is audited. At least one field. */
export class UpdateAdminRegistryDto {
  @ApiPropertyOptional({ enum: PLAN_IDS, description: 'Grants a plan (e.g. when payments are off, or as a gesture).' })
  @Optional()
  @IsIn(PLAN_IDS)
  plan?: PlanId;

  @ApiPropertyOptional({ description: 'true suspends the list (needs `suspendedReason` unless it is suspended already); false lifts the suspension.' })
  @Optional()
  @IsBoolean()
  suspended?: boolean;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: SUSPENSION_REASON_MAX,
    description: 'Shown to guests instead of the gifts while the list is suspended. Only with a suspension (new or current).',
  })
  @Optional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SUSPENSION_REASON_MAX)
  suspendedReason?: string;
}

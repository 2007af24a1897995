import { CursorPageQuery } from '../../common/http/cursor-page';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { AUDIT_ACTIONS } from '../admin-audit.entity';
import type { AuditAction, AuditTargetType } from '../admin-audit.entity';
import { ADMIN_PAGE_MAX } from './admin-page.dto';

export class AdminAuditQuery extends CursorPageQuery(ADMIN_PAGE_MAX, 50) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the actions on this account or registry.' })
  @IsOptional()
  @IsUUID()
  targetId?: string;
}

export class AdminAuditActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null once the administrator’s account is deleted.' }) id!: string | null;
  @ApiProperty({ format: 'email' }) email!: string;
}

export class AdminAuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: AdminAuditActorDto }) actor!: AdminAuditActorDto;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: AuditAction;
  @ApiProperty({ enum: ['user', 'registry'] }) targetType!: AuditTargetType;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The fields the action changed, as they were.' }) before!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The same fields afterwards.' }) after!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AdminAuditListDto {
  @ApiProperty({ type: [AdminAuditEntryDto], description: 'Newest first.' }) entries!: AdminAuditEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

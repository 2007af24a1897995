import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { AdminAuditService } from './admin-audit.service';
import { AdminAuditListDto, AdminAuditQuery } from './dto/admin-audit.dto';

@ApiTags('admin')
@AdminOnly()
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AdminAuditService) {}

  @ApiOperation({
    summary: 'The audit log of admin actions (administrators)',
    description: 'Who did what, when, with the fields before and after; newest first.',
  })
  @Get()
  @ApiOkResponse({ type: AdminAuditListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: AdminAuditQuery): Promise<AdminAuditListDto> {
    return this.audit.list(query);
  }
}

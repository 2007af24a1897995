import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AdminOnly, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { AdminUsersService } from './admin-users.service';
import { AdminListQuery } from './dto/admin-page.dto';
import { AdminUserDto, AdminUserListDto, UpdateAdminUserDto } from './dto/admin-users.dto';

@ApiTags('admin')
@AdminOnly()
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @ApiOperation({ summary: 'Find accounts (administrators)', description: 'Newest first; `q` matches part of the e-mail address or name, or the whole id.' })
  @Get()
  @ApiOkResponse({ type: AdminUserListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: AdminListQuery): Promise<AdminUserListDto> {
    return this.users.list(query);
  }

  @ApiOperation({
    summary: 'Verify, disable or enable an account, make or remove an administrator (administrators)',
    description: 'Effective at the account’s next request. Each change is written to the audit log with the fields before and after.',
  })
  @Patch(':userId')
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: UpdateAdminUserDto,
    @Req() request: FastifyRequest,
  ): Promise<AdminUserDto> {
    return this.users.update(principal.userId, userId, dto, request.sessionStore);
  }
}

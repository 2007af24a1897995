import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { AdminRegistriesService } from './admin-registries.service';
import { AdminListQuery } from './dto/admin-page.dto';
import { AdminRegistryDto, AdminRegistryListDto, UpdateAdminRegistryDto } from './dto/admin-registries.dto';

@ApiTags('admin')
@AdminOnly()
@Controller('admin/registries')
export class AdminRegistriesController {
  constructor(private readonly registries: AdminRegistriesService) {}

  @ApiOperation({
    summary: 'Find registries (administrators)',
    description: 'Newest first; `q` matches part of the address, title, couple’s names, custom domain or an owner’s e-mail address, or the whole id.',
  })
  @Get()
  @ApiOkResponse({ type: AdminRegistryListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: AdminListQuery): Promise<AdminRegistryListDto> {
    return this.registries.list(query);
  }

  @ApiOperation({
    summary: 'Change a registry’s plan, suspend it with a reason, or lift the suspension (administrators)',
    description:
      'A suspended list shows guests the reason instead of its gifts and refuses reservations and pledges (403 `registry-suspended`). ' +
      'The registry’s version goes up, as for every change; each change is written to the audit log with the fields before and after.',
  })
  @Patch(':registryId')
  @ApiOkResponse({ type: AdminRegistryDto })
  @ApiProblems(400, 401, 403, 404)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: UpdateAdminRegistryDto,
  ): Promise<AdminRegistryDto> {
    return this.registries.update(principal.userId, registryId, dto);
  }
}

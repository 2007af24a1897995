import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import type { FastifyRequest } from 'fastify';
import { CachedBy } from '../caching/cached-by.decorator';
import { versionFence } from '../caching/cache-policies';
import { Preconditions, WritePreconditions } from '../common/http/preconditions.decorator';
import { CreateItemDto, ReorderItemsDto, UpdateItemDto } from './dto/item-input.dto';
import { ItemDto } from './dto/item.dto';
import { ItemsService } from './items.service';

@ApiTags('items')
@Authenticated()
@Controller('registries/:registryId/items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @ApiOperation({ summary: 'List the items of a registry' })
  @Get()
  @CachedBy('owner-items')
  @ApiOkResponse({ type: [ItemDto], description: 'Every item, archived ones included, in the manual order.' })
  @ApiProblems(400, 401, 404)
  list(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string, @Req() request: FastifyRequest): Promise<ItemDto[]> {
    return this.items.list(registryId, principal.userId, versionFence(request));
  }

  @ApiOperation({ summary: 'Add an item' })
  @Post()
  @ApiCreatedResponse({
    type: ItemDto,
    description: 'Added at the end of the list. 403 plan-limit when the plan holds no more items (it names `requiredPlan`).',
  })
  @ApiProblems(400, 401, 403, 404, 409)
  create(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string, @Body() dto: CreateItemDto): Promise<ItemDto> {
    return this.items.create(registryId, principal.userId, dto);
  }

  @ApiOperation({ summary: 'Put the items in a new order' })
  @Put('order')
  @ApiOkResponse({ type: [ItemDto], description: 'The items in their new order.' })
  @ApiProblems(400, 401, 404)
  reorder(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string, @Body() dto: ReorderItemsDto): Promise<ItemDto[]> {
    return this.items.reorder(registryId, principal.userId, dto);
  }

  @ApiOperation({ summary: 'Change an item' })
  @Patch(':itemId')
  @ApiOkResponse({ type: ItemDto })
  @ApiProblems(400, 401, 404, 409, 412)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() dto: UpdateItemDto,
    @Preconditions() preconditions: WritePreconditions,
  ): Promise<ItemDto> {
    return this.items.update(registryId, itemId, principal.userId, dto, preconditions);
  }

  @ApiOperation({ summary: 'Delete an item' })
  @Delete(':itemId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted. An item guests have reserved cannot be deleted; archive it instead.' })
  @ApiProblems(400, 401, 404, 409, 412)
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Preconditions() preconditions: WritePreconditions,
  ): Promise<void> {
    return this.items.remove(registryId, itemId, principal.userId, preconditions);
  }
}

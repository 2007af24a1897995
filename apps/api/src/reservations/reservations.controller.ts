import { Body, Controller, Delete, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Principal, Public } from '../common/auth/auth-decision';
import { validationProblem } from '../common/problem/problem';
import { ApiProblems } from '../common/problem/problem.dto';
import { CachedBy } from '../caching/cached-by.decorator';
import { versionFence } from '../caching/cache-policies';
import {
  CreateReservationDto,
  ListReservationsQuery,
  OwnerReservationsDto,
  ReservationConfirmedDto,
  ReservationCreatedDto,
  ReservationUndoneDto,
  ReservationUndoPreviewDto,
  ItemWithdrawnDto,
} from './dto/reservation.dto';
import { ReservationsService } from './reservations.service';

@ApiTags('reservations')
@Controller()
export class ReservationsController {
  constructor(private readonly reservations: ReservationsService) {}

  @Authenticated()
  @ApiOperation({ summary: "List a registry's reservations" })
  @Get('registries/:registryId/reservations')
  @CachedBy('owner-reservations')
  @ApiOkResponse({ type: OwnerReservationsDto })
  @ApiProblems(400, 401, 404)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Query() query: ListReservationsQuery,
    @Req() request: FastifyRequest,
  ): Promise<OwnerReservationsDto> {
    return this.reservations.listForOwner(registryId, principal.userId, query, versionFence(request));
  }

  @Authenticated()
  @ApiOperation({ summary: 'Release a reservation (the couple)', description: 'The units come back and the guest is told by e-mail.' })
  @Delete('registries/:registryId/reservations/:reservationId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Released, or already cancelled (releasing twice is harmless).' })
  @ApiProblems(400, 401, 404)
  release(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('reservationId', ParseUUIDPipe) reservationId: string,
  ): Promise<void> {
    return this.reservations.release(registryId, reservationId, principal.userId);
  }

  @Public()
  @ApiOperation({ summary: 'Reserve a gift (guest)' })
  @Post('public/registries/:slug/reservations')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Any unique string (a UUID). A retry with the same key returns the first reservation.' })
  @ApiCreatedResponse({ type: ReservationCreatedDto })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  reserve(
    @Param('slug') slug: string,
    @Body() dto: CreateReservationDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<ReservationCreatedDto> {
    assertIdempotencyKey(idempotencyKey);
    return this.reservations.reserve(slug, dto, idempotencyKey, { session: request.session, ip: request.ip });
  }

  @Public()
  @ApiOperation({ summary: 'Confirm a held reservation (guest)', description: 'With the token from the link e-mailed to the guest.' })
  @Post('public/reservations/confirm/:token')
  @HttpCode(200)
  @ApiOkResponse({ type: ReservationConfirmedDto, description: 'Confirmed (or already confirmed): the reservation is active.' })
  @ApiProblems(404, 410)
  confirm(@Param('token') token: string): Promise<ReservationConfirmedDto> {
    return this.reservations.confirm(token);
  }

  @Authenticated()
  @ApiOperation({
    summary: 'Take a reserved gift off the list (the couple)',
    description:
      'Archives the item (hidden from guests) and releases its reservations; each guest is told by e-mail. Delete it for good afterwards if you like.',
  })
  @Post('registries/:registryId/items/:itemId/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ItemWithdrawnDto })
  @ApiProblems(400, 401, 404)
  withdrawItem(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
  ): Promise<ItemWithdrawnDto> {
    return this.reservations.withdrawItem(registryId, itemId, principal.userId);
  }

  @Public()
  @ApiOperation({ summary: 'What an undo link is about (guest)', description: 'Read before undoing: the gift, how many, and whether it is undone already.' })
  @Get('public/reservations/:token')
  // Names the gift of one guest: never kept by a shared cache.
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: ReservationUndoPreviewDto })
  @ApiProblems(404)
  undoPreview(@Param('token') token: string): Promise<ReservationUndoPreviewDto> {
    return this.reservations.undoPreview(token);
  }

  @Public()
  @ApiOperation({ summary: 'Undo a reservation (guest)' })
  @Delete('public/reservations/:token')
  @ApiOkResponse({ type: ReservationUndoneDto, description: 'Undone (or already undone): the gift is free again.' })
  @ApiProblems(404)
  undo(@Param('token') token: string): Promise<ReservationUndoneDto> {
    return this.reservations.undo(token);
  }
}

/** The header is client input: 1 to 255 printable ASCII characters (reservations and pledges). */
export function assertIdempotencyKey(idempotencyKey: string | undefined): void {
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
    throw validationProblem([{ pointer: '/headers/idempotency-key', code: 'invalid', detail: 'Idempotency-Key must be 1 to 255 printable ASCII characters' }]);
  }
}

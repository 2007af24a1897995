import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/auth-decision';
import { PRIVATE_NO_STORE } from '../caching/cache-policies';
import { ApiProblems } from '../common/problem/problem.dto';
import {
  GuestAddressDto,
  GuestLinkAcceptedDto,
  GuestLinkRequestDto,
  GuestPageDto,
  UpdateGuestPledgeDto,
  UpdateGuestReservationDto,
} from './dto/guest-page.dto';
import { GuestLinkService } from './guest-link.service';
import { GuestsService } from './guests.service';

const PAGE_NOTE =
  "The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.";

/** The guest's own page. Public routes: the signed token in the path is the authorization, and every answer is private. */
@ApiTags('guests')
@Public()
@Controller()
export class GuestsController {
  constructor(
    private readonly guests: GuestsService,
    private readonly links: GuestLinkService,
  ) {}

  @ApiOperation({
    summary: 'E-mail a guest the link to their gifts ("find my gifts")',
    description: 'The same answer whether or not the address reserved or pledged anything on this list; the link is e-mailed only when it did.',
  })
  @Post('public/registries/:slug/guest-link')
  @HttpCode(202)
  @Header('cache-control', 'no-store')
  @ApiAcceptedResponse({ type: GuestLinkAcceptedDto })
  @ApiProblems(400, 401, 404, 429)
  requestLink(@Param('slug') slug: string, @Body() dto: GuestLinkRequestDto, @Req() request: FastifyRequest): Promise<GuestLinkAcceptedDto> {
    return this.links.request(slug, dto.email, { session: request.session, ip: request.ip });
  }

  @ApiOperation({ summary: "A guest's reservations and pledges on one list", description: PAGE_NOTE })
  @Get('public/guests/:token')
  @Header('cache-control', PRIVATE_NO_STORE)
  @ApiOkResponse({ type: GuestPageDto })
  @ApiProblems(404)
  page(@Param('token') token: string): Promise<GuestPageDto> {
    return this.guests.page(token);
  }

  @ApiOperation({ summary: 'Mark a reservation bought, or change its quantity (guest)', description: PAGE_NOTE })
  @Patch('public/guests/:token/reservations/:reservationId')
  @Header('cache-control', PRIVATE_NO_STORE)
  @ApiOkResponse({ type: GuestPageDto, description: 'The page as it is now.' })
  @ApiProblems(400, 404, 409)
  updateReservation(
    @Param('token') token: string,
    @Param('reservationId', ParseUUIDPipe) reservationId: string,
    @Body() dto: UpdateGuestReservationDto,
  ): Promise<GuestPageDto> {
    return this.guests.updateReservation(token, reservationId, dto);
  }

  @ApiOperation({ summary: 'Release a reservation (guest)', description: `The gift is free again. ${PAGE_NOTE}` })
  @Delete('public/guests/:token/reservations/:reservationId')
  @Header('cache-control', PRIVATE_NO_STORE)
  @ApiOkResponse({ type: GuestPageDto, description: 'The page as it is now.' })
  @ApiProblems(400, 404, 409)
  releaseReservation(@Param('token') token: string, @Param('reservationId', ParseUUIDPipe) reservationId: string): Promise<GuestPageDto> {
    return this.guests.releaseReservation(token, reservationId);
  }

  @ApiOperation({ summary: 'Mark a pledge sent, or change its amount (guest)', description: PAGE_NOTE })
  @Patch('public/guests/:token/pledges/:pledgeId')
  @Header('cache-control', PRIVATE_NO_STORE)
  @ApiOkResponse({ type: GuestPageDto, description: 'The page as it is now.' })
  @ApiProblems(400, 404, 409)
  updatePledge(@Param('token') token: string, @Param('pledgeId', ParseUUIDPipe) pledgeId: string, @Body() dto: UpdateGuestPledgeDto): Promise<GuestPageDto> {
    return this.guests.updatePledge(token, pledgeId, dto);
  }

  @ApiOperation({ summary: 'Undo a pledge (guest)', description: PAGE_NOTE })
  @Delete('public/guests/:token/pledges/:pledgeId')
  @Header('cache-control', PRIVATE_NO_STORE)
  @ApiOkResponse({ type: GuestPageDto, description: 'The page as it is now.' })
  @ApiProblems(400, 404, 409)
  releasePledge(@Param('token') token: string, @Param('pledgeId', ParseUUIDPipe) pledgeId: string): Promise<GuestPageDto> {
    return this.guests.releasePledge(token, pledgeId);
  }

  @ApiOperation({
    summary: 'Leave, change or remove the address for the thank-you card (guest)',
    description: `Only the couple sees it. ${PAGE_NOTE}`,
  })
  @Put('public/guests/:token/address')
  @Header('cache-control', PRIVATE_NO_STORE)
  @ApiOkResponse({ type: GuestPageDto, description: 'The page as it is now.' })
  @ApiProblems(400, 404)
  setAddress(@Param('token') token: string, @Body() dto: GuestAddressDto): Promise<GuestPageDto> {
    return this.guests.setAddress(token, dto.address);
  }

  @ApiOperation({
    summary: 'Forget me (guest)',
    description: `Erases the guest's name, e-mail, address and messages on this list; their reservations and pledges stay, anonymous. ${PAGE_NOTE}`,
  })
  @Delete('public/guests/:token')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Forgotten (forgetting twice is harmless).' })
  @ApiProblems(404)
  forget(@Param('token') token: string): Promise<void> {
    return this.guests.forget(token);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { CreateGuestCardsDto, GuestCardsDto, GuestCardsStartedDto } from './dto/guest-card.dto';
import { GuestCardsService } from './guest-cards.service';

@ApiTags('guest cards')
@Authenticated()
@Controller('registries/:registryId/guest-cards')
export class GuestCardsController {
  constructor(private readonly cards: GuestCardsService) {}

  @ApiOperation({
    summary: 'Start rendering printable guest cards (Premium)',
    description: 'A sheet of cards with your names, the date, a message, the gift list’s address and a QR code to it. Poll the answer’s id until it is ready.',
  })
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: GuestCardsStartedDto })
  @ApiProblems(400, 401, 403, 404, 429)
  start(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: CreateGuestCardsDto,
  ): Promise<GuestCardsStartedDto> {
    return this.cards.start(registryId, principal.userId, dto);
  }

  @ApiOperation({ summary: 'Your latest guest card renders, newest first' })
  @Get()
  @ApiOkResponse({ type: [GuestCardsDto] })
  @ApiProblems(400, 401, 404)
  list(@CurrentPrincipal() principal: Principal, @Param('registryId', ParseUUIDPipe) registryId: string): Promise<GuestCardsDto[]> {
    return this.cards.list(registryId, principal.userId);
  }

  @ApiOperation({ summary: 'One guest card render: its status, and the PDF once ready' })
  @Get(':id')
  @ApiOkResponse({ type: GuestCardsDto })
  @ApiProblems(400, 401, 404)
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<GuestCardsDto> {
    return this.cards.get(registryId, principal.userId, id);
  }
}

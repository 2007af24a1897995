import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { CheckoutDto, CheckoutRequestDto } from './dto/checkout.dto';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Authenticated()
@Controller('registries/:registryId/checkout')
export class CheckoutController {
  constructor(private readonly payments: PaymentsService) {}

  @ApiOperation({
    summary: 'Buy a plan for a registry',
    description:
      'Starts a Stripe Checkout (a one-off payment, no subscription) for a plan above the current one and answers its payment page. ' +
      'The plan changes when Stripe confirms the payment, not here; a second request within the hour reuses the same page. ' +
      '409 for a plan not above the current one; 503 payments-disabled when the installation takes no payments.',
  })
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: CheckoutDto })
  @ApiProblems(400, 401, 404, 409, 429, 503)
  checkout(
    @CurrentPrincipal() principal: Principal,
    @Param('registryId', ParseUUIDPipe) registryId: string,
    @Body() dto: CheckoutRequestDto,
  ): Promise<CheckoutDto> {
    return this.payments.checkout(registryId, principal.userId, dto.plan);
  }
}

import { Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentPrincipal, Principal } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { OrderDto, OrdersPageDto, OrdersQuery } from './dto/order.dto';
import { OrdersService } from './orders.service';

@ApiTags('admin')
@AdminOnly()
@Controller('admin/orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @ApiOperation({ summary: 'Orders (administrators)', description: 'Plans bought with Stripe, newest first, with their registry and buyer.' })
  @Get()
  @Header('cache-control', 'private, no-store')
  @ApiOkResponse({ type: OrdersPageDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: OrdersQuery): Promise<OrdersPageDto> {
    return this.orders.list(query);
  }

  @ApiOperation({
    summary: 'Refund an order in full (administrators)',
    description:
      'Asks Stripe to refund a paid order and writes it to the audit log. The plan goes down (and the couple is told) when Stripe confirms ' +
      'the refund with its `charge.refunded` event; until then the order shows `refundRequestedAt`. 503 payments-disabled without Stripe.',
  })
  @Post(':orderId/refund')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: OrderDto, description: 'Stripe took the refund; the order settles with its event.' })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  refund(@CurrentPrincipal() principal: Principal, @Param('orderId', ParseUUIDPipe) orderId: string): Promise<OrderDto> {
    return this.orders.refund(orderId, principal.userId);
  }
}

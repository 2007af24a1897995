import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { WebhookReceivedDto } from './dto/checkout.dto';
import { StripeWebhooks } from './stripe-webhooks.service';

/**
 * Stripe's events. Public (Stripe has no account here): what authenticates a call is its Stripe-Signature,
 * verified over the raw body, which this route alone keeps (`rawBody`, see input-guards.ts).
 */
@ApiTags('payments')
@Public()
@Controller('payments/stripe/webhook')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhooks) {}

  @ApiOperation({
    summary: 'Stripe events (for Stripe only)',
    description:
      'Where Stripe delivers `checkout.session.completed`, `checkout.session.async_payment_succeeded` and `charge.refunded`. ' +
      'The Stripe-Signature header is verified over the raw body with STRIPE_WEBHOOK_SECRET; an event is handled once by its id.',
  })
  @Post()
  @HttpCode(200)
  @RouteConfig({ rawBody: true })
  @ApiHeader({ name: 'stripe-signature', required: true, description: 'Stripe’s signature of the body (`t=…,v1=…`).' })
  @ApiBody({ schema: { type: 'object', description: 'A Stripe event, as Stripe sends it.' } })
  @ApiOkResponse({ type: WebhookReceivedDto, description: 'Verified and handled (or already handled, or of a type this ignores).' })
  @ApiProblems(400, 503)
  async receive(@Req() request: FastifyRequest, @Headers('stripe-signature') signature: string | undefined): Promise<WebhookReceivedDto> {
    await this.webhooks.receive(request.rawBody, signature);
    return { received: true };
  }
}

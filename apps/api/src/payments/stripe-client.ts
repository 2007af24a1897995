import Stripe from 'stripe';
import type { AppConfig } from '../common/config/app-config';
import { ProblemException, msg } from '../common/problem/problem';

/**
 * The Stripe SDK as configured, or nothing when STRIPE_SECRET_KEY is unset (payments off). STRIPE_API_URL points
 * it at a local fake (tests); the SDK takes the host, port and protocol to call instead of api.stripe.com.
 */
export class StripeClient {
  constructor(
    private readonly sdk: Stripe | null,
    readonly webhookSecret: string | null,
  ) {}

  static fromConfig(config: AppConfig): StripeClient {
    if (!config.stripeSecretKey) return new StripeClient(null, null);
    const api = config.stripeApiUrl;
    const sdk = new Stripe(config.stripeSecretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      appInfo: { name: 'WhisperGifts' },
      ...(api ? { host: api.hostname, port: api.port || (api.protocol === 'https:' ? 443 : 80), protocol: api.protocol === 'https:' ? 'https' : 'http' } : {}),
    });
    return new StripeClient(sdk, config.stripeWebhookSecret);
  }

  get enabled(): boolean {
    return this.sdk !== null;
  }

  /** The SDK, or 503 payments-disabled: without a key the installation takes no payments (admins grant plans). */
  get sdkOrRefuse(): Stripe {
    if (!this.sdk) throw paymentsDisabled();
    return this.sdk;
  }
}

export const paymentsDisabled = () => new ProblemException(503, 'payments-disabled', msg('problems:payments.payments-disabled'));

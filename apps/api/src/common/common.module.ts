import { Global, Module } from '@nestjs/common';
import { RateLimits } from './http/rate-limits';
import { OutboundHttp } from './outbound/outbound-http';

/** Cross-cutting services every feature may use. */
@Global()
@Module({ providers: [RateLimits, OutboundHttp], exports: [RateLimits, OutboundHttp] })
export class CommonModule {}

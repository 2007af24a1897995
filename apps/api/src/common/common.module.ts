import { Global, Module } from '@nestjs/common';
import { RateLimits } from './http/rate-limits';

/** Cross-cutting services every feature may use. */
@Global()
@Module({ providers: [RateLimits], exports: [RateLimits] })
export class CommonModule {}

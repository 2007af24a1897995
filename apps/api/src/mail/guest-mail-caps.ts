import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../common/config/app-config';
import { sha256 } from '../common/crypto/tokens';
import { InjectRedis } from '../common/redis/redis.module';

export type CapDecision = 'send' | 'recipient-daily-cap' | 'registry-hourly-cap';

/**
 * One atomic step per job: the first run decides and counts; any later run of the same job (a retry after an
 * SMTP failure or a crash) gets the first decision back and counts nothing. Counting only what is sent means a
 * suppressed message does not use up the allowance.
 * KEYS: decision, registry counter, address counters…; ARGV: address limit, registry limit, address TTL, registry TTL, decision TTL.
 */
const DECIDE = `
local done = redis.call('GET', KEYS[1])
if done then return done end
local decision = 'send'
for i = 3, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[1]) then decision = 'recipient-daily-cap' end
end
if decision == 'send' and tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[2]) then decision = 'registry-hourly-cap' end
if decision == 'send' then
  redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[4])
  for i = 3, #KEYS do
    redis.call('INCR', KEYS[i])
    redis.call('EXPIRE', KEYS[i], ARGV[3])
  end
end
redis.call('SET', KEYS[1], decision, 'EX', ARGV[5])
return decision
`;

const HOUR = 3600;
const DAY = 86_400;

/**
 * Bounds the e-mails that go to addresses a guest typed: per address across the whole service per UTC day, and
 * per registry per clock hour. Counted in the shared Redis, so every worker (and API) process sees one count;
 * addresses are hashed in the keys, so Redis holds no guest's address.
 */
@Injectable()
export class GuestMailCaps {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async decide(jobId: string, registryId: string, recipients: string[], now = new Date()): Promise<CapDecision> {
    const prefix = `${this.config.redisKeyPrefix}guest-mail:`;
    const day = Math.floor(now.getTime() / 1000 / DAY);
    const hour = Math.floor(now.getTime() / 1000 / HOUR);
    const keys = [
      `${prefix}job:${jobId}`,
      `${prefix}registry:${registryId}:${hour}`,
      ...recipients.map((address) => `${prefix}address:${sha256(address.trim().toLowerCase())}:${day}`),
    ];
    const args = [this.config.guestMailPerAddressPerDay, this.config.guestMailPerRegistryPerHour, DAY + HOUR, 2 * HOUR, 2 * DAY];
    return (await this.redis.eval(DECIDE, keys.length, ...keys, ...args)) as CapDecision;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, msg } from '../common/problem/problem';
import { ENVELOPE_TYPE, tunnelTarget } from './error-tunnel';

const RELAY_TIMEOUT_MS = 5000;

@Injectable()
export class ErrorTunnel {
  private readonly logger = new Logger(ErrorTunnel.name);

  constructor(
    private readonly config: AppConfig,
    private readonly rateLimits: RateLimits,
  ) {}

  async relay(body: unknown, ip: string): Promise<void> {
    const dsn = this.config.sentryBrowserDsn;
    if (!dsn) throw new ProblemException(404, 'not-found', msg('problems:observability.not-found'));
    if (typeof body !== 'string') throw new ProblemException(415, 'unsupported-media-type', `Send the envelope as ${ENVELOPE_TYPE}.`);
    await this.rateLimits.consume('error-report-ip', ip, 'error reports');
    const target = tunnelTarget(body, dsn);
    if (!target) throw new ProblemException(400, 'bad-request', msg('problems:observability.bad-request'));
    // The browser can do nothing about a failed relay: it is logged here, and the answer is the same.
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': ENVELOPE_TYPE },
        body,
        signal: AbortSignal.timeout(RELAY_TIMEOUT_MS),
      });
      if (!response.ok) this.logger.warn(`Sentry refused a browser report: HTTP ${response.status}`);
    } catch (error) {
      this.logger.warn(`relaying a browser report failed: ${String(error)}`);
    }
  }
}

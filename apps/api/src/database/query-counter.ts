import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';
import { REFUSAL_SQLSTATE } from './errors';

/**
 * A TypeORM logger that counts every SQL statement sent. Tests and benchmarks read `count` before and after
 * a request to prove query budgets (no N+1, zero SQL on a cached response). Errors, slow queries and
 * migrations are forwarded to the application log.
 */
export class QueryCounter extends AbstractLogger {
  count = 0;
  /** The statements themselves, while a caller wants them (`record()`): to see what a request sends, not only how many. */
  private recorded?: string[];

  constructor(private readonly forward: (level: LogLevel, message: string) => void = () => {}) {
    super(['error', 'warn', 'migration']);
  }

  override logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner) {
    this.count++;
    this.recorded?.push(query.replace(/\s+/g, ' ').trim());
  }

  /** A refusal a database function raises on purpose (errors.ts REFUSAL_SQLSTATE) is an answer, not a failure to log. */
  override logQueryError(error: string, query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
    // TypeORM hands over the driver's error object, whatever the type says.
    if ((error as unknown as { code?: string }).code === REFUSAL_SQLSTATE) return;
    super.logQueryError(error, query, parameters, queryRunner);
  }

  /** Starts keeping the text of every statement sent from now on; `stop` hands them back and stops keeping. */
  record(): { stop: () => string[] } {
    const recorded: string[] = [];
    this.recorded = recorded;
    return {
      stop: () => {
        if (this.recorded === recorded) this.recorded = undefined;
        return recorded;
      },
    };
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]) {
    // A slow query's text can be long: the start is enough to recognize it.
    for (const m of Array.isArray(message) ? message : [message]) this.forward(level, String(m.message).replace(/\s+/g, ' ').slice(0, 500));
  }
}

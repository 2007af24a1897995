import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { closeErrorReporting, initErrorReporting } from './error-reporting';
import { PROCESS_KIND, ProcessKind } from './metrics.service';

/** Starts error reporting with the process (API or worker) and sends what is queued on shutdown. */
@Injectable()
export class ErrorReporting implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly config: AppConfig,
    @Inject(PROCESS_KIND) private readonly kind: ProcessKind,
  ) {}

  onModuleInit(): void {
    initErrorReporting(this.config, this.kind);
  }

  async onApplicationShutdown(): Promise<void> {
    await closeErrorReporting();
  }
}

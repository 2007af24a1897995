import { Module } from '@nestjs/common';
import { LiveEvents } from './live-events.service';
import { LiveUpdatesController } from './live-updates.controller';

/** Live updates of open gift lists (issue 14 §5): server-sent events fed by the registry version pub/sub. */
@Module({
  controllers: [LiveUpdatesController],
  providers: [LiveEvents],
  exports: [LiveEvents],
})
export class LiveUpdatesModule {}

import { Module } from '@nestjs/common';
import { RegistriesModule } from '../registries/registries.module';
import { TrackerExports } from './exports/tracker-exports.service';
import { TrackerExportsController } from './exports/tracker-exports.controller';
import { TrackerCachePolicy } from './tracker.cache-policy';
import { TrackerController } from './tracker.controller';
import { TrackerService } from './tracker.service';
import { TrackerWritesService } from './tracker-writes.service';

@Module({
  imports: [RegistriesModule],
  controllers: [TrackerController, TrackerExportsController],
  providers: [TrackerService, TrackerWritesService, TrackerExports, TrackerCachePolicy],
  exports: [TrackerService],
})
export class TrackerModule {}

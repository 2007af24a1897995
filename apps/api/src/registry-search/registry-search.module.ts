import { Module } from '@nestjs/common';
import { RegistrySearchController } from './registry-search.controller';
import { RegistrySearchService } from './registry-search.service';

/** Finding a couple's public gift list by their names (issue 14, §3). */
@Module({
  controllers: [RegistrySearchController],
  providers: [RegistrySearchService],
})
export class RegistrySearchModule {}

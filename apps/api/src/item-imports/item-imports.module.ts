import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { RegistriesModule } from '../registries/registries.module';
import { ItemImportsController } from './item-imports.controller';
import { ItemImportsService } from './item-imports.service';

/** Gifts from a spreadsheet, and the gift list as one: import (preview, then commit), export, templates. */
@Module({
  imports: [RegistriesModule, ItemsModule],
  controllers: [ItemImportsController],
  providers: [ItemImportsService],
  exports: [ItemImportsService],
})
export class ItemImportsModule {}

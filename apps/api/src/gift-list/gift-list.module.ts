import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Item } from '../items/item.entity';
import { Registry } from '../registries/registry.entity';
import { GiftListController } from './gift-list.controller';
import { GiftListService } from './gift-list.service';

@Module({
  imports: [TypeOrmModule.forFeature([Registry, Item])],
  controllers: [GiftListController],
  providers: [GiftListService],
  exports: [GiftListService],
})
export class GiftListModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Item } from '../items/item.entity';
import { Registry } from '../registries/registry.entity';
import { DomainsController } from './domains.controller';
import { GiftListController } from './gift-list.controller';
import { GiftListCachePolicy } from './gift-list.cache-policy';
import { GiftListService } from './gift-list.service';

@Module({
  imports: [TypeOrmModule.forFeature([Registry, Item])],
  controllers: [GiftListController, DomainsController],
  providers: [GiftListService, GiftListCachePolicy],
  exports: [GiftListService],
})
export class GiftListModule {}

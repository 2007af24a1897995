import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ItemsCachePolicy } from './items.cache-policy';
import { RegistriesModule } from '../registries/registries.module';
import { Item } from './item.entity';
import { ItemsController } from './items.controller';
import { ItemsService } from './items.service';

@Module({
  imports: [TypeOrmModule.forFeature([Item]), RegistriesModule],
  controllers: [ItemsController],
  providers: [ItemsService, ItemsCachePolicy],
  exports: [ItemsService],
})
export class ItemsModule {}

import { Module } from '@nestjs/common';
import { RegistriesModule } from '../registries/registries.module';
import { ShopLinksController } from './shop-links.controller';
import { ShopLinksService } from './shop-links.service';

/** Gifts from a shop's page: suggestions from a pasted link. */
@Module({
  imports: [RegistriesModule],
  controllers: [ShopLinksController],
  providers: [ShopLinksService],
  exports: [ShopLinksService],
})
export class ShopLinksModule {}

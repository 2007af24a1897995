import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ItemsModule } from '../items/items.module';
import { RegistriesModule } from '../registries/registries.module';
import { DemoRegistryService } from './demo-registry.service';

/** The example gift list of the landing page (DEMO_REGISTRY). */
@Module({
  imports: [AccountsModule, RegistriesModule, ItemsModule],
  providers: [DemoRegistryService],
  exports: [DemoRegistryService],
})
export class DemoModule {}

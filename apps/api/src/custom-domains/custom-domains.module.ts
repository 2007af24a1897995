import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistriesModule } from '../registries/registries.module';
import { CustomDomain } from './custom-domain.entity';
import { CustomDomainsController, TlsAskController } from './custom-domains.controller';
import { CustomDomainsService } from './custom-domains.service';
import { DnsLookup } from './dns-lookup';

@Module({
  imports: [TypeOrmModule.forFeature([CustomDomain]), RegistriesModule],
  controllers: [CustomDomainsController, TlsAskController],
  providers: [CustomDomainsService, DnsLookup],
  exports: [CustomDomainsService],
})
export class CustomDomainsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistriesModule } from '../registries/registries.module';
import { ItemLinkCheck } from './link-check.entity';
import { LinkHealthController } from './link-health.controller';
import { LinkHealthService } from './link-health.service';

/** The API side of healthy links: the couple reads the weekly check's results. */
@Module({
  imports: [TypeOrmModule.forFeature([ItemLinkCheck]), RegistriesModule],
  controllers: [LinkHealthController],
  providers: [LinkHealthService],
  exports: [LinkHealthService],
})
export class LinkHealthModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistriesModule } from '../registries/registries.module';
import { PledgeIdempotencyKey } from './pledge-idempotency-key.entity';
import { Pledge } from './pledge.entity';
import { PledgesCachePolicy } from './pledges.cache-policy';
import { PledgesController } from './pledges.controller';
import { PledgesService } from './pledges.service';

@Module({
  imports: [TypeOrmModule.forFeature([Pledge, PledgeIdempotencyKey]), RegistriesModule],
  controllers: [PledgesController],
  providers: [PledgesService, PledgesCachePolicy],
  exports: [PledgesService],
})
export class PledgesModule {}

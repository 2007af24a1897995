import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistriesModule } from '../registries/registries.module';
import { GuestCard } from './guest-card.entity';
import { GuestCardsController } from './guest-cards.controller';
import { GuestCardsService } from './guest-cards.service';

@Module({
  imports: [TypeOrmModule.forFeature([GuestCard]), RegistriesModule],
  controllers: [GuestCardsController],
  providers: [GuestCardsService],
  exports: [GuestCardsService],
})
export class GuestCardsModule {}

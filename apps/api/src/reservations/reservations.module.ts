import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReservationsCachePolicy } from './reservations.cache-policy';
import { RegistriesModule } from '../registries/registries.module';
import { IdempotencyKey } from './idempotency-key.entity';
import { Reservation } from './reservation.entity';
import { ReservationsController } from './reservations.controller';
import { ReservationsService } from './reservations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Reservation, IdempotencyKey]), RegistriesModule],
  controllers: [ReservationsController],
  providers: [ReservationsService, ReservationsCachePolicy],
  exports: [ReservationsService],
})
export class ReservationsModule {}

import { Module } from '@nestjs/common';
import { RegistriesModule } from '../registries/registries.module';
import { ReservationsModule } from '../reservations/reservations.module';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

/** The API side of reminders: the links a reminder e-mail carries. */
@Module({
  imports: [RegistriesModule, ReservationsModule],
  controllers: [RemindersController],
  providers: [RemindersService],
})
export class RemindersModule {}

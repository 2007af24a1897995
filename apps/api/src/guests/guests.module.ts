import { Module } from '@nestjs/common';
import { RegistriesModule } from '../registries/registries.module';
import { GuestLinkService } from './guest-link.service';
import { GuestsController } from './guests.controller';
import { GuestsService } from './guests.service';

/** The guest's own page ("my gifts") and the "find my gifts" e-mail. */
@Module({
  imports: [RegistriesModule],
  controllers: [GuestsController],
  providers: [GuestsService, GuestLinkService],
})
export class GuestsModule {}

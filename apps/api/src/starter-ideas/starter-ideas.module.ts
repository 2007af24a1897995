import { Module } from '@nestjs/common';
import { ItemImportsModule } from '../item-imports/item-imports.module';
import { RegistriesModule } from '../registries/registries.module';
import { StarterIdeasController } from './starter-ideas.controller';
import { StarterIdeasService } from './starter-ideas.service';

/** Curated gift ideas, and adding chosen ones through the import's commit. */
@Module({
  imports: [RegistriesModule, ItemImportsModule],
  controllers: [StarterIdeasController],
  providers: [StarterIdeasService],
})
export class StarterIdeasModule {}

import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { ResultsRepository } from '../results/results.repository';
import { PublicAdvancementController, RoundsController } from './rounds.controller';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';

/**
 * The campaign's rounds: feeders and advancement lists. Reads published result runs through
 * results' repository (a plain reader of the tables; results knows nothing of rounds).
 */
@Module({
  imports: [ContestsModule],
  controllers: [RoundsController, PublicAdvancementController],
  providers: [RoundsRepository, RoundsService, ResultsRepository],
})
export class RoundsModule {}

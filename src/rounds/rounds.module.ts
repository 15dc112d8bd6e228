import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ResultsRepository } from '../results/results.repository';
import { AdvancementAnswersService } from './advancement-answers.service';
import { PublicAdvancementController, RoundsController } from './rounds.controller';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import { WorkerPathController } from './worker-path.controller';
import { WorkerPathRepository } from './worker-path.repository';
import { WorkerPathService } from './worker-path.service';

/**
 * The campaign's rounds: feeders, advancement lists, declines and confirmations, and the final's
 * registrations made from a list. Reads published result runs through results' repository (a
 * plain reader of the tables; results knows nothing of rounds) and creates finalists through
 * registrations' FinalistsService (registrations knows nothing of rounds). The same
 * `forRoot({ http: true })` as the application's, so Nest keeps one instance of that module.
 */
@Module({
  imports: [ContestsModule, RegistrationsModule.forRoot({ http: true })],
  controllers: [RoundsController, PublicAdvancementController, WorkerPathController],
  providers: [
    WorkerPathRepository,
    WorkerPathService,
    PublicLookupThrottlerGuard,
    RoundsRepository,
    RoundsService,
    AdvancementAnswersService,
    ResultsRepository,
  ],
})
export class RoundsModule {}

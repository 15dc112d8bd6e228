import { DynamicModule, Module } from '@nestjs/common';
import { HostedContestAccess } from '../common/auth/hosted-contest-access';
import { TransactionalEventsModule } from '../common/transactional-events';
import { CompetitionsModule } from '../competitions/competitions.module';
import { ContestsModule } from '../contests/contests.module';
import { TradesModule } from '../trades/trades.module';
import { JudgingModule } from '../judging/judging.module';
import { ComputeResultsProcessor } from './jobs/compute-results.processor';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import { PublicResultsController } from './public.controller';
import { PublicResultsRepository } from './public.repository';
import { PublicationService } from './publication.service';
import { PublicResultsCache } from './public-results.cache';
import { PublicationSweeper } from './publication-sweeper';
import { ResultsCalculator } from './results-calculator';
import { ResultsExport } from './results-export';
import { ResultsController } from './results.controller';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';

/** Result runs (a Bull job), review, publication, objections and the public rankings. */
@Module({})
export class ResultsModule {
  static forRoot(options: { http: boolean }): DynamicModule {
    return {
      module: ResultsModule,
      imports: [
        ContestsModule,
        CompetitionsModule,
        TradesModule,
        JudgingModule.forRoot({ http: false }),
        // Publication emits ResultsPublished; whoever handles it (certificates) is not known here.
        TransactionalEventsModule,
      ],
      controllers: options.http ? [ResultsController, PublicResultsController] : [],
      providers: [
        ResultsRepository,
        PublicResultsRepository,
        ResultsCalculator,
        ResultsService,
        PublicationService,
        PublicResultsCache,
        PublicationSweeper,
        ResultsExport,
        ComputeResultsProcessor,
        HostedContestAccess,
        ...(options.http ? [PublicLookupThrottlerGuard] : []),
      ],
      exports: [ResultsService, PublicResultsRepository, PublicationSweeper],
    };
  }
}

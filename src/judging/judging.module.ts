import { DynamicModule, Module } from '@nestjs/common';
import { HostedContestAccess } from '../common/auth/hosted-contest-access';
import { ContestsModule } from '../contests/contests.module';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { ConfirmationService } from './confirmation.service';
import { JudgesRepository } from './judges.repository';
import { JudgesService } from './judges.service';
import { JudgingContext } from './judging-context';
import { JudgingController } from './judging.controller';
import { MyContestsController } from './my-contests.controller';
import { MyContestsService } from './my-contests.service';
import { ScoreImportService } from './score-import.service';
import { ScoresRepository } from './scores.repository';
import { ScoringService } from './scoring.service';

/** Judges, conflicts of interest, score entry, confirmation and the audit log. */
@Module({})
export class JudgingModule {
  static forRoot(options: { http: boolean }): DynamicModule {
    return {
      module: JudgingModule,
      imports: [ContestsModule],
      controllers: options.http ? [JudgingController, MyContestsController] : [],
      providers: [
        AuditRepository,
        AuditService,
        JudgesRepository,
        ScoresRepository,
        JudgingContext,
        JudgesService,
        ScoringService,
        ConfirmationService,
        ScoreImportService,
        MyContestsService,
        HostedContestAccess,
      ],
      exports: [AuditService, ScoresRepository, JudgingContext, ConfirmationService],
    };
  }
}

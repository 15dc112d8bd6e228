import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module';
import { TradesModule } from '../trades/trades.module';
import { HostedContestAccess } from '../common/auth/hosted-contest-access';
import { ContestsController } from './contests.controller';
import { ContestsRepository } from './contests.repository';
import { ContestsService } from './contests.service';
import { HostedContests } from './hosted-contests';

@Module({
  imports: [CompetitionsModule, TradesModule],
  controllers: [ContestsController],
  providers: [ContestsRepository, ContestsService, HostedContestAccess, HostedContests],
  exports: [ContestsRepository, ContestsService],
})
export class ContestsModule {}

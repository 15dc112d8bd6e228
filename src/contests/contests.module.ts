import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module';
import { TradesModule } from '../trades/trades.module';
import { ContestsController } from './contests.controller';
import { ContestsRepository } from './contests.repository';
import { ContestsService } from './contests.service';

@Module({
  imports: [CompetitionsModule, TradesModule],
  controllers: [ContestsController],
  providers: [ContestsRepository, ContestsService],
  exports: [ContestsRepository, ContestsService],
})
export class ContestsModule {}

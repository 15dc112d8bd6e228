import { Module } from '@nestjs/common';
import { HostedContestAccess } from '../common/auth/hosted-contest-access';
import { CompetitionsController } from './competitions.controller';
import { CompetitionsRepository } from './competitions.repository';
import { CompetitionsService } from './competitions.service';

@Module({
  controllers: [CompetitionsController],
  providers: [CompetitionsRepository, CompetitionsService, HostedContestAccess],
  exports: [CompetitionsRepository],
})
export class CompetitionsModule {}

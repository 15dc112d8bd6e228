import { Module } from '@nestjs/common';
import { CampaignFiguresController } from './campaign-figures.controller';
import { GrantsRepository } from './grants.repository';
import { GrantsService } from './grants.service';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

/**
 * The campaign's figures (docs/statistics.md): grants to units and their reports of use, and the
 * competition's statistics. Needs only the data source (and the unit of work for grants' writes).
 */
@Module({
  controllers: [CampaignFiguresController],
  providers: [GrantsRepository, GrantsService, StatisticsRepository, StatisticsService],
  exports: [StatisticsService],
})
export class CampaignFiguresModule {}

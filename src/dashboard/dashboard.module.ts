import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** GET /api/competitions/:id/dashboard: the organizer's figures, computed by SQL aggregates. */
@Module({
  imports: [CompetitionsModule],
  controllers: [DashboardController],
  providers: [DashboardRepository, DashboardService],
})
export class DashboardModule {}

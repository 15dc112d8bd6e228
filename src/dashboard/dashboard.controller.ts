import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { DashboardService } from './dashboard.service';
import { DashboardResponse } from './dto/dashboard.response';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('competitions/:id/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /**
   * Participants per unit and per trade, judging progress and the distribution of totals per
   * contest (organizers only: it spans every unit).
   */
  @Get()
  @Roles('ORGANIZER')
  get(@Param('id', ParseId) competitionId: number): Promise<DashboardResponse> {
    return this.dashboard.get(competitionId);
  }
}

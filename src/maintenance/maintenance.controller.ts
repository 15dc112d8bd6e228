import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { OptimizeQueuedResponse } from './dto/maintenance.response';
import { MaintenanceService } from './maintenance.service';

@ApiTags('maintenance')
@ApiBearerAuth()
@Controller('maintenance')
export class MaintenanceController {
  constructor(private readonly maintenance: MaintenanceService) {}

  /** Queues a database optimisation (WAL checkpoint and statistics). 503 QUEUE_UNAVAILABLE without Redis. */
  @Post('optimize-database')
  @HttpCode(202)
  @Roles('ORGANIZER')
  async optimize(@CurrentUser() user: Principal): Promise<OptimizeQueuedResponse> {
    return { jobId: await this.maintenance.requestOptimize(user.userId) };
  }
}

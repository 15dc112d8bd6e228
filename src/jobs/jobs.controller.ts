import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { JobAccess } from './job-access';
import { JobResponse } from './dto/job.response';
import { JobQueue } from './job-queue.service';
import { JobErrors } from './jobs.errors';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly jobs: JobQueue,
    private readonly access: JobAccess,
  ) {}

  /**
   * State and progress of a queued job, by the jobId a 202 answer gave: any job for organizers,
   * a coordinator's own roster imports for them (another's is answered as not found).
   */
  @Get(':jobId')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async get(@Param('jobId') jobId: string, @CurrentUser() user: Principal): Promise<JobResponse> {
    if (!(await this.access.mayRead(jobId, user))) throw JobErrors.notFound(jobId);
    return this.jobs.get(jobId);
  }
}

import { Injectable } from '@nestjs/common';
import type { Job } from 'bull';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { MaintenanceService, OptimizeReport } from '../maintenance.service';

@Injectable()
@HandlesJob('optimize-database')
export class OptimizeDatabaseProcessor implements JobHandler<'optimize-database'> {
  constructor(private readonly maintenance: MaintenanceService) {}

  async handle(job: Job<{ requestedBy: number | null }>): Promise<OptimizeReport> {
    const { requestedBy } = job.data;
    if (requestedBy !== null && !Number.isInteger(requestedBy)) {
      throw new Error(`optimize-database: bad payload ${JSON.stringify(job.data)}`);
    }
    await job.progress(0);
    const report = await this.maintenance.optimize();
    await job.progress(100);
    return report;
  }
}

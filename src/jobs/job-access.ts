import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/current-user.decorator';
import { RosterImport } from '../registrations/roster-import.entity';

/**
 * Who may follow which job. Job ids are deterministic (so a repeat is not a duplicate), hence
 * guessable: organizers follow every job; a unit coordinator only the roster imports they
 * uploaded (a job's result lists the roster's rejected rows). Judges start no jobs.
 */
@Injectable()
export class JobAccess {
  constructor(private readonly dataSource: DataSource) {}

  async mayRead(jobId: string, principal: Principal): Promise<boolean> {
    if (principal.role === 'ORGANIZER') return true;
    return this.dataSource
      .getRepository(RosterImport)
      .existsBy({ jobId, uploadedBy: principal.userId });
  }
}

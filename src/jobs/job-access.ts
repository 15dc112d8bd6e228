import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Principal } from '../common/auth/principal';
import { parsePublicJobId, QUEUE_OF } from './job-catalogue';
import { discoverJobHandlers } from './job-handler';

/**
 * Who may follow which job. Job ids are deterministic (so a repeat is not a duplicate), hence
 * guessable: organizers follow every job; anyone else only a job whose handler says they may
 * (JobHandler.mayRead: a unit coordinator, the roster imports they uploaded). Judges start no jobs.
 */
@Injectable()
export class JobAccess {
  constructor(private readonly discovery: DiscoveryService) {}

  async mayRead(jobId: string, principal: Principal): Promise<boolean> {
    if (principal.role === 'ORGANIZER') return true;
    const parsed = parsePublicJobId(jobId);
    if (!parsed) return false;
    for (const { name, handler } of discoverJobHandlers(this.discovery)) {
      if (QUEUE_OF[name] !== parsed.queue || !handler.mayRead) continue;
      if (await handler.mayRead(jobId, principal)) return true;
    }
    return false;
  }
}

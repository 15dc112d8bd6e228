import type { DiscoveryService } from '@nestjs/core';
import type { Principal } from '../common/auth/principal';
import { JobAccess } from './job-access';
import { HandlesJob, type JobHandler } from './job-handler';

const coordinator: Principal = { userId: 7, username: 'c', role: 'UNIT_COORDINATOR', unitId: 3 };
const organizer: Principal = { userId: 1, username: 'o', role: 'ORGANIZER', unitId: null };

@HandlesJob('import-roster')
class RosterHandler implements JobHandler<'import-roster'> {
  asked: string[] = [];
  handle = () => Promise.resolve(null);
  mayRead(jobId: string, principal: Principal): Promise<boolean> {
    this.asked.push(jobId);
    return Promise.resolve(jobId === 'registrations:import-1' && principal.userId === 7);
  }
}

@HandlesJob('compute-results')
class ResultsHandler implements JobHandler<'compute-results'> {
  handle = () => Promise.resolve(null);
}

function access(): { access: JobAccess; roster: RosterHandler } {
  const roster = new RosterHandler();
  const providers = [
    { metatype: RosterHandler, instance: roster },
    { metatype: ResultsHandler, instance: new ResultsHandler() },
    { metatype: Object, instance: {} },
  ];
  const discovery = { getProviders: () => providers } as unknown as DiscoveryService;
  return { access: new JobAccess(discovery), roster };
}

describe('JobAccess: each handler says who may follow its job', () => {
  it('lets organizers follow every job without asking a handler', async () => {
    const { access: jobs, roster } = access();
    await expect(jobs.mayRead('results:run-5', organizer)).resolves.toBe(true);
    await expect(jobs.mayRead('registrations:import-2', organizer)).resolves.toBe(true);
    expect(roster.asked).toEqual([]);
  });

  it("asks the handler of the job's queue for anyone else", async () => {
    const { access: jobs, roster } = access();
    await expect(jobs.mayRead('registrations:import-1', coordinator)).resolves.toBe(true);
    await expect(jobs.mayRead('registrations:import-2', coordinator)).resolves.toBe(false);
    expect(roster.asked).toEqual(['registrations:import-1', 'registrations:import-2']);
  });

  it('refuses a job whose handler says nothing, and an id naming no queue', async () => {
    const { access: jobs, roster } = access();
    await expect(jobs.mayRead('results:run-5', coordinator)).resolves.toBe(false);
    await expect(jobs.mayRead('nonsense', coordinator)).resolves.toBe(false);
    await expect(jobs.mayRead('certificates:x', coordinator)).resolves.toBe(false);
    expect(roster.asked).toEqual([]);
  });
});

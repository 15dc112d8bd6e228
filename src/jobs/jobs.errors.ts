import { DomainError } from '../common/errors/domain-error';

export const JobErrors = {
  queueUnavailable: () =>
    new DomainError(
      'UNAVAILABLE',
      'QUEUE_UNAVAILABLE',
      'The job queue (Redis) is not reachable; the request was not queued. Try again when it is back.',
    ),
  notFound: (id: string) => new DomainError('NOT_FOUND', 'JOB_NOT_FOUND', `No job ${id}`),
};

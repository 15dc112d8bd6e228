import { parsePublicJobId, publicJobId, QUEUES } from './job-catalogue';

describe('public job ids', () => {
  it('name the queue and round-trip', () => {
    const id = publicJobId(QUEUES.maintenance, 'optimize-202611251830');
    expect(id).toBe('maintenance:optimize-202611251830');
    expect(parsePublicJobId(id)).toEqual({ queue: 'maintenance', bullId: 'optimize-202611251830' });
  });

  it.each([
    'maintenance',
    'maintenance:',
    'unknown:x',
    'maintenance:a/b',
    'MAINTENANCE:x',
    `maintenance:${'x'.repeat(201)}`,
  ])('refuse %s', (id) => {
    expect(parsePublicJobId(id)).toBeNull();
  });
});

import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('answers from the cache within the time to live, and loads again after it', async () => {
    const cache = new TtlCache<number>(1000);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await cache.get('a', load, 0)).toBe(1);
    expect(await cache.get('a', load, 999)).toBe(1);
    expect(await cache.get('a', load, 1000)).toBe(2);
    expect(loads).toBe(2);
  });

  it('shares one load between concurrent callers', async () => {
    const cache = new TtlCache<string>(1000);
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return 'x';
    };
    expect(
      await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]),
    ).toEqual(['x', 'x', 'x']);
    expect(loads).toBe(1);
  });

  it('does not remember a failed load', async () => {
    const cache = new TtlCache<string>(1000);
    await expect(cache.get('k', () => Promise.reject(new Error('down')), 0)).rejects.toThrow(
      'down',
    );
    expect(await cache.get('k', () => Promise.resolve('up'), 1)).toBe('up');
  });

  it('drops the oldest entries beyond its size', async () => {
    const cache = new TtlCache<number>(10_000, 2);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    await cache.get('a', load, 0);
    await cache.get('b', load, 0);
    await cache.get('c', load, 0);
    expect(await cache.get('b', load, 1)).toBe(2);
    expect(await cache.get('a', load, 1)).toBe(4);
  });
});

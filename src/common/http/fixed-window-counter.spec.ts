import { FixedWindowCounter } from './fixed-window-counter';

describe('FixedWindowCounter', () => {
  it('counts hits within a window and says how long it has left', () => {
    const counter = new FixedWindowCounter();
    expect(counter.hit('a', 1000, 0)).toEqual({ count: 1, msLeft: 1000 });
    expect(counter.hit('a', 1000, 250)).toEqual({ count: 2, msLeft: 750 });
    expect(counter.hit('b', 1000, 250)).toEqual({ count: 1, msLeft: 1000 });
    expect(counter.hit('a', 1000, 999)).toEqual({ count: 3, msLeft: 1 });
  });

  it('starts a new window once the old one has ended', () => {
    const counter = new FixedWindowCounter();
    counter.hit('a', 1000, 0);
    counter.hit('a', 1000, 500);
    expect(counter.hit('a', 1000, 1000)).toEqual({ count: 1, msLeft: 1000 });
  });

  it('gives a hit back within the window, never below zero', () => {
    const counter = new FixedWindowCounter();
    counter.hit('a', 1000, 0);
    counter.hit('a', 1000, 0);
    counter.refund('a');
    expect(counter.hit('a', 1000, 10).count).toBe(2);
    counter.refund('a');
    counter.refund('a');
    counter.refund('a');
    expect(counter.hit('a', 1000, 20).count).toBe(1);
    counter.refund('unknown');
    expect(counter.size).toBe(1);
  });

  it('never holds more keys than its maximum: expired ones go first, then the oldest', () => {
    const counter = new FixedWindowCounter(10);
    for (let i = 0; i < 10; i++) counter.hit(`old-${i}`, 100, 0);
    // All ten have expired by t=200: making room sweeps them.
    counter.hit('new', 1000, 200);
    expect(counter.size).toBe(1);
    for (let i = 0; i < 20; i++) counter.hit(`live-${i}`, 10_000, 300);
    expect(counter.size).toBeLessThanOrEqual(10);
    // The newest key keeps its count.
    expect(counter.hit('live-19', 10_000, 301).count).toBe(2);
  });
});

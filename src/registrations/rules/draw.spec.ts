import {
  BLIND_CODE_ALPHABET,
  BLIND_CODE_LENGTH,
  drawStations,
  isBlindCode,
  MAX_CODE_ATTEMPTS,
  RandomInt,
} from './draw';

/** Replays fixed values and records the bound of every call, so the exact draw can be checked. */
function scripted(values: number[]): RandomInt & { bounds: number[] } {
  const bounds: number[] = [];
  const random = (maxExclusive: number) => {
    bounds.push(maxExclusive);
    const value = values.shift();
    if (value === undefined) throw new Error('the script ran out of values');
    return value;
  };
  return Object.assign(random, { bounds });
}

/** mulberry32: a small seeded generator, good enough to make large draws repeatable. */
function seeded(seed: number): RandomInt {
  let state = seed >>> 0;
  return (maxExclusive) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * maxExclusive);
  };
}

const indices = (code: string) => [...code].map((ch) => BLIND_CODE_ALPHABET.indexOf(ch));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the blind-code alphabet', () => {
  it('has 32 distinct characters and none of 0, O, 1, I', () => {
    expect(new Set(BLIND_CODE_ALPHABET).size).toBe(32);
    expect(BLIND_CODE_ALPHABET).not.toMatch(/[0O1I]/);
    expect(BLIND_CODE_LENGTH).toBe(6);
  });
});

describe('drawStations: a worked draw with a scripted source', () => {
  it('shuffles with Fisher–Yates, then draws codes and redraws a duplicate', () => {
    const random = scripted([
      // Stations: i=2 swaps with 0 → [3,2,1]; i=1 swaps with itself.
      0,
      1,
      // Codes for a, b, c; c first repeats a's code and is drawn again.
      ...[0, 1, 2, 3, 4, 5],
      ...[31, 30, 29, 28, 27, 26],
      ...[0, 1, 2, 3, 4, 5],
      ...[8, 8, 8, 8, 8, 8],
    ]);
    expect(drawStations(['a', 'b', 'c'], random)).toEqual([
      { entry: 'a', stationNo: 3, code: 'ABCDEF' },
      { entry: 'b', stationNo: 2, code: '987654' },
      { entry: 'c', stationNo: 1, code: 'JJJJJJ' },
    ]);
    expect(random.bounds).toEqual([3, 2, ...Array<number>(24).fill(32)]);
  });

  it('keeps the entries themselves, in their order', () => {
    const entries = [{ id: 'r1' }, { id: 'r2' }];
    const drawn = drawStations(entries, scripted([0, ...range(6), ...range(6).map((v) => v + 10)]));
    expect(drawn.map((d) => d.entry)).toEqual(entries);
    expect(drawn[0].entry).toBe(entries[0]);
    expect(drawn.map((d) => d.stationNo)).toEqual([2, 1]);
    expect(drawn.map((d) => d.code)).toEqual(['BCDEFG', 'MNPQRS']);
  });

  it('draws one entry without asking for a station, and six characters for its code', () => {
    const random = scripted([7, 7, 7, 7, 7, 7]);
    expect(drawStations(['only'], random)).toEqual([
      { entry: 'only', stationNo: 1, code: 'HHHHHH' },
    ]);
    expect(random.bounds).toEqual([32, 32, 32, 32, 32, 32]);
  });

  it('gives [] for no entries, without touching the source', () => {
    const random = scripted([]);
    expect(drawStations([], random)).toEqual([]);
    expect(random.bounds).toEqual([]);
  });
});

describe('drawStations: codes are independent of station numbers', () => {
  const codeDraws = [...[1, 2, 3, 4, 5, 6], ...[20, 21, 22, 23, 24, 25]];

  it('the same code draws give the same codes whatever the stations', () => {
    const first = drawStations(['a', 'b'], scripted([0, ...codeDraws]));
    const second = drawStations(['a', 'b'], scripted([1, ...codeDraws]));
    expect(first.map((d) => d.stationNo)).toEqual([2, 1]);
    expect(second.map((d) => d.stationNo)).toEqual([1, 2]);
    expect(first.map((d) => d.code)).toEqual(second.map((d) => d.code));
  });

  it('the same stations can carry entirely different codes', () => {
    const other = [...[9, 9, 9, 9, 9, 9], ...[10, 10, 10, 10, 10, 10]];
    const first = drawStations(['a', 'b'], scripted([0, ...codeDraws]));
    const second = drawStations(['a', 'b'], scripted([0, ...other]));
    expect(second.map((d) => d.stationNo)).toEqual(first.map((d) => d.stationNo));
    expect(second.map((d) => d.code)).toEqual(['KKKKKK', 'LLLLLL']);
  });
});

describe('drawStations: a seeded source', () => {
  it('repeats exactly with the same seed and differs with another', () => {
    const entries = range(200);
    const once = drawStations(entries, seeded(2017));
    expect(drawStations(entries, seeded(2017))).toEqual(once);
    expect(drawStations(entries, seeded(2018))).not.toEqual(once);
  });

  it('gives a permutation and valid, distinct codes', () => {
    const drawn = drawStations(range(1000), seeded(42));
    expect(drawn.map((d) => d.stationNo).sort((a, b) => a - b)).toEqual(range(1000));
    expect(new Set(drawn.map((d) => d.code)).size).toBe(1000);
    expect(drawn.every((d) => isBlindCode(d.code))).toBe(true);
  });
});

describe('drawStations: a broken source is refused, not trusted', () => {
  it.each([
    ['a value at the bound', 3],
    ['a negative value', -1],
    ['a fraction', 0.5],
    ['NaN', Number.NaN],
  ])('throws on %s', (_label, value) => {
    expect(() => drawStations(['a', 'b', 'c'], () => value)).toThrow(RangeError);
  });

  it(`gives up after ${MAX_CODE_ATTEMPTS} duplicate codes instead of looping forever`, () => {
    expect(() => drawStations(['a', 'b'], () => 0)).toThrow(/not random/);
  });
});

describe('drawStations: the real cryptographic source', () => {
  it('draws a whole competition of 40,000: permutation, distinct codes, alphabet only', () => {
    const n = 40_000;
    const drawn = drawStations(range(n));
    expect(drawn).toHaveLength(n);
    expect(drawn.map((d) => d.entry)).toEqual(range(n));
    expect(drawn.map((d) => d.stationNo).sort((a, b) => a - b)).toEqual(range(n));
    const codes = drawn.map((d) => d.code);
    expect(new Set(codes).size).toBe(n);
    expect(codes.every(isBlindCode)).toBe(true);

    // 240,000 characters: each of the 32 should appear about 7,500 times (σ ≈ 85).
    const counts = new Array<number>(BLIND_CODE_ALPHABET.length).fill(0);
    for (const code of codes) for (const i of indices(code)) counts[i]++;
    expect(Math.min(...counts)).toBeGreaterThan(7_000);
    expect(Math.max(...counts)).toBeLessThan(8_000);
  });

  it('makes every order of three entries about equally likely', () => {
    const tally = new Map<string, number>();
    for (let i = 0; i < 6_000; i++) {
      const order = drawStations(['a', 'b', 'c'])
        .map((d) => d.stationNo)
        .join('');
      tally.set(order, (tally.get(order) ?? 0) + 1);
    }
    // Each of the 6 orders expects 1,000 (σ ≈ 29); these bounds are about 7σ away.
    expect([...tally.keys()].sort()).toEqual(['123', '132', '213', '231', '312', '321']);
    for (const count of tally.values()) {
      expect(count).toBeGreaterThan(800);
      expect(count).toBeLessThan(1_200);
    }
  });

  it('draws differently each time', () => {
    const entries = range(50);
    expect(drawStations(entries)).not.toEqual(drawStations(entries));
  });
});

describe('isBlindCode', () => {
  it.each([['ABCDEF'], ['234567'], ['ZZZZZZ'], ['A2B3C4'], ['HJKMNP']])('accepts %p', (s) => {
    expect(isBlindCode(s)).toBe(true);
  });

  it.each([
    ['too short', 'ABCDE'],
    ['too long', 'ABCDEFG'],
    ['lower case', 'abcdef'],
    ['a zero', 'ABCDE0'],
    ['an O', 'ABCDEO'],
    ['a one', 'ABCDE1'],
    ['an I', 'ABCDEI'],
    ['a space', 'ABC DE'],
    ['a trailing newline', 'ABCDEF\n'],
    ['empty', ''],
  ])('refuses %s', (_label, s) => {
    expect(isBlindCode(s)).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { auditHash, AuditRecord, canonicalJson, GENESIS_HASH } from './audit-chain';

/* The hashing format itself; chaining and verification are in audit-chain.spec.ts. */

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace (the worked example)', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    const one = { x: { q: [1, { z: null, y: 'y' }], p: true }, w: 'w' };
    const two = { w: 'w', x: { p: true, q: [1, { y: 'y', z: null }] } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(canonicalJson(one)).toBe('{"w":"w","x":{"p":true,"q":[1,{"y":"y","z":null}]}}');
  });

  it('keeps array order, because order in a list means something', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('sorts by UTF-16 code units, not numerically or by locale', () => {
    expect(canonicalJson({ b: 1, a: 2, B: 3, '10': 4, '2': 5, 分: 6 })).toBe(
      '{"10":4,"2":5,"B":3,"a":2,"b":1,"分":6}',
    );
  });

  it('drops undefined, functions and symbols from objects and writes null for them in arrays', () => {
    const value = { a: undefined, b: () => 1, c: Symbol('c'), d: [undefined, () => 1], e: 1 };
    expect(canonicalJson(value)).toBe('{"d":[null,null],"e":1}');
  });

  it.each([
    [undefined, 'null'],
    [null, 'null'],
    [true, 'true'],
    [false, 'false'],
    [0, '0'],
    [-0, '0'],
    [12.5, '12.5'],
    [1e21, '1e+21'],
    [NaN, 'null'],
    [Infinity, 'null'],
    ['a "quoted"\nline', '"a \\"quoted\\"\\nline"'],
    ['技术状元', '"技术状元"'],
    [{}, '{}'],
    [[], '[]'],
  ])('writes %p as %p, like JSON.stringify', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('uses toJSON, so a Date is hashed as the string a JSON column would give back', () => {
    const at = new Date('2025-05-01T08:30:00.000Z');
    expect(canonicalJson({ at })).toBe('{"at":"2025-05-01T08:30:00.000Z"}');
  });

  it('unwraps boxed primitives like JSON.stringify does', () => {
    expect(canonicalJson([new Number(1), new String('s'), new Boolean(false)])).toBe(
      '[1,"s",false]',
    );
  });

  it('refuses what JSON cannot hold: BigInt and cycles', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/circular/);
  });

  it('accepts the same object twice when it is shared, not cyclic', () => {
    const shared = { v: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"v":1},"b":[{"v":1}]}');
  });

  it('matches JSON.parse: its output reads back to an equal value', () => {
    const value = { n: [1, 2.5, { k: 'v' }], s: '技', t: true, z: null };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

describe('auditHash: the stored format', () => {
  /*
   * Hard-coded hashes, computed once outside this module (node:crypto and Python hashlib agree).
   * If this test fails the hashing format has changed, and a changed format invalidates EVERY
   * audit log already stored: every old chain would verify as tampered. Do not update these
   * values to make the test pass; keep the old format or plan a versioned migration instead.
   */
  const fixed: AuditRecord = {
    contestId: 7,
    seq: 42,
    at: '2025-05-01T08:30:00.000Z',
    actorId: 3,
    action: 'SCORE_CORRECTED',
    registrationId: 1001,
    criterionKey: 'finish',
    judgeId: 12,
    oldValue: { valueCenti: 200 },
    newValue: { valueCenti: 300 },
    reason: '复核后更正',
  };

  it('serialises the record to the known canonical text', () => {
    expect(canonicalJson(fixed)).toBe(
      '{"action":"SCORE_CORRECTED","actorId":3,"at":"2025-05-01T08:30:00.000Z","contestId":7,' +
        '"criterionKey":"finish","judgeId":12,"newValue":{"valueCenti":300},' +
        '"oldValue":{"valueCenti":200},"reason":"复核后更正","registrationId":1001,"seq":42}',
    );
  });

  it.each([
    [GENESIS_HASH, '459c6ca3d1e289768322c5538a190738462ee036d48f64d403baa4741d7c814d'],
    ['ab'.repeat(32), 'a6f4333a76408a4db7d979db5ebe02d317b7c61d392075b0c8a14c95c2543f98'],
  ])('hashes the fixed record after %s to the known value', (prevHash, hash) => {
    expect(auditHash(prevHash, fixed)).toBe(hash);
  });

  it('hashes only the AuditRecord fields, never prevHash, hash or extra properties', () => {
    const stored = { ...fixed, prevHash: 'x', hash: 'y', id: 9, createdAt: new Date() };
    expect(auditHash(GENESIS_HASH, stored)).toBe(auditHash(GENESIS_HASH, fixed));
  });

  it('hashes an undefined field like null, as the database stores both as NULL', () => {
    const written = { ...fixed, oldValue: undefined, reason: undefined as unknown as null };
    const readBack = { ...fixed, oldValue: null, reason: null };
    expect(auditHash(GENESIS_HASH, written)).toBe(auditHash(GENESIS_HASH, readBack));
  });

  it('does not depend on the order of keys in a value read back from a JSON column', () => {
    const readBack = { ...fixed, newValue: JSON.parse('{"b":2,"a":1}') as unknown };
    expect(auditHash(GENESIS_HASH, readBack)).toBe(
      auditHash(GENESIS_HASH, { ...fixed, newValue: { a: 1, b: 2 } }),
    );
  });

  it('tells null, 0 and "0" apart', () => {
    const hashes = [null, 0, '0'].map((v) => auditHash(GENESIS_HASH, { ...fixed, newValue: v }));
    expect(new Set(hashes).size).toBe(3);
  });

  /** The definition, spelled out: sha256 of prevHash, a newline and the generic canonical text. */
  const byDefinition = (prevHash: string, r: AuditRecord) =>
    createHash('sha256')
      .update(
        `${prevHash}\n${canonicalJson({
          contestId: r.contestId,
          seq: r.seq,
          at: r.at,
          actorId: r.actorId ?? null,
          action: r.action,
          registrationId: r.registrationId ?? null,
          criterionKey: r.criterionKey ?? null,
          judgeId: r.judgeId ?? null,
          oldValue: r.oldValue ?? null,
          newValue: r.newValue ?? null,
          reason: r.reason ?? null,
        })}`,
      )
      .digest('hex');

  it.each<[string, Partial<AuditRecord> | Record<string, unknown>]>([
    ['a creation', { action: 'SCORE_CREATED', oldValue: null, reason: null }],
    ['quotes, newlines and CJK in text', { reason: '他说 "重测"\n第二行', criterionKey: 'k"ey' }],
    ['no actor, judge or registration', { actorId: null, judgeId: null, registrationId: null }],
    ['a fractional and a negative number', { actorId: 1.5, judgeId: -3 }],
    ['non-finite numbers', { registrationId: NaN, judgeId: Infinity }],
    ['a number read back as text (a tampered row)', { seq: '42', contestId: '7' }],
    ['a boolean where a number belongs', { judgeId: true }],
    ['an object where text belongs', { reason: { b: 1, a: 2 } }],
    ['nested values with unsorted keys', { newValue: { v: 3, k: [{ z: 1, a: 2 }] } }],
  ])('the direct serialiser agrees with the definition: %s', (_, change) => {
    const record = { ...fixed, ...change };
    expect(auditHash('cd'.repeat(32), record)).toBe(byDefinition('cd'.repeat(32), record));
  });
});

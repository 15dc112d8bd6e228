import {
  auditHash,
  AuditRecord,
  chain,
  ChainedRecord,
  ChainVerifier,
  GENESIS_HASH,
} from './audit-chain';

/** A varied, deterministic log: entries, corrections with reasons, confirmations. */
function record(seq: number, contestId = 7): AuditRecord {
  const kind = seq % 3;
  return {
    contestId,
    seq,
    at: new Date(Date.UTC(2025, 4, 1, 8, 0, 0) + seq * 1000).toISOString(),
    actorId: kind === 2 ? null : 100 + (seq % 5),
    action: ['SCORE_ENTERED', 'SCORE_CORRECTED', 'SCORE_CONFIRMED'][kind],
    registrationId: 1000 + (seq % 40),
    criterionKey: kind === 2 ? null : `c${seq % 4}`,
    judgeId: kind === 2 ? null : 10 + (seq % 5),
    oldValue: kind === 1 ? { valueCenti: seq % 300 } : null,
    newValue: { valueCenti: (seq * 7) % 300, marks: [seq % 4, (seq + 1) % 4] },
    reason: kind === 1 ? `复核更正 ${seq}` : null,
  };
}

const records = (count: number, from = 1): AuditRecord[] =>
  Array.from({ length: count }, (_, i) => record(from + i));

/** Pushes every entry; returns the verifier so a test can read checked, broken and lastHash. */
function verify(entries: ChainedRecord[], start?: string, startSeq?: number): ChainVerifier {
  const verifier = new ChainVerifier(start, startSeq);
  for (const entry of entries) verifier.push(entry);
  return verifier;
}

const LOG = chain(GENESIS_HASH, records(1000));

/** A copy of LOG with entry `index` changed by `edit`; the stored hashes are left as they were. */
function tampered(index: number, edit: Partial<ChainedRecord>): ChainedRecord[] {
  return LOG.map((e, i) => (i === index ? { ...e, ...edit } : e));
}

describe('chain', () => {
  it('links each entry to the one before, starting from the given hash', () => {
    const entries = chain('ab'.repeat(32), records(3, 11));
    expect(entries.map((e) => e.seq)).toEqual([11, 12, 13]);
    expect(entries[0].prevHash).toBe('ab'.repeat(32));
    expect(entries[1].prevHash).toBe(entries[0].hash);
    expect(entries[2].prevHash).toBe(entries[1].hash);
    entries.forEach((e) => expect(e.hash).toBe(auditHash(e.prevHash, e)));
    entries.forEach((e) => expect(e.hash).toMatch(/^[0-9a-f]{64}$/));
  });

  it('gives the same chain whether written in one batch or two', () => {
    const first = chain(GENESIS_HASH, records(4));
    const second = chain(first[3].hash, records(6, 5));
    expect([...first, ...second]).toEqual(chain(GENESIS_HASH, records(10)));
  });

  it('keeps only the AuditRecord fields plus the two hashes', () => {
    const [entry] = chain(GENESIS_HASH, [{ ...record(1), id: 5 } as AuditRecord]);
    expect(Object.keys(entry).sort()).toEqual(
      [...Object.keys(record(1)), 'hash', 'prevHash'].sort(),
    );
  });

  it('returns nothing for nothing', () => {
    expect(chain(GENESIS_HASH, [])).toEqual([]);
  });

  it('refuses a batch whose seqs are not consecutive', () => {
    expect(() => chain(GENESIS_HASH, [record(1), record(3)])).toThrow(/3 follows 1/);
    expect(() => chain(GENESIS_HASH, [record(2), record(2)])).toThrow(RangeError);
  });
});

describe('ChainVerifier: an intact log', () => {
  it('verifies a chain of 1,000 records', () => {
    const verifier = verify(LOG);
    expect(verifier.broken).toBeNull();
    expect(verifier.checked).toBe(1000);
    expect(verifier.lastHash).toBe(LOG[999].hash);
  });

  it('starts from the genesis hash and seq 1', () => {
    const verifier = new ChainVerifier();
    expect(verifier.lastHash).toBe(GENESIS_HASH);
    expect(verifier.checked).toBe(0);
    expect(verifier.push(LOG[0])).toBeNull();
  });

  it('verifies page by page, resuming from a checkpoint with a new verifier', () => {
    const first = verify(LOG.slice(0, 400));
    const rest = verify(LOG.slice(400), first.lastHash, 401);
    expect(rest.broken).toBeNull();
    expect(first.checked + rest.checked).toBe(1000);
    expect(rest.lastHash).toBe(LOG[999].hash);
  });

  it('verifies entries read back from a database: keys reordered, extra columns, NULLs', () => {
    const readBack = LOG.map((e) => {
      const row = JSON.parse(JSON.stringify({ id: e.seq * 10, ...e })) as ChainedRecord;
      return Object.fromEntries(Object.entries(row).reverse()) as unknown as ChainedRecord;
    });
    expect(verify(readBack).broken).toBeNull();
  });
});

describe('ChainVerifier: tampering', () => {
  const edits: Array<[keyof AuditRecord, unknown]> = [
    ['contestId', 8],
    ['at', '2025-05-01T08:00:00.001Z'],
    ['actorId', 999],
    ['action', 'SCORE_DELETED'],
    ['registrationId', 1],
    ['criterionKey', 'other'],
    ['judgeId', 1],
    ['oldValue', { valueCenti: 301 }],
    ['newValue', { valueCenti: 300, marks: [3, 3] }],
    ['reason', 'a different reason'],
  ];
  const positions = [0, 1, 499, 998, 999];

  describe.each(edits)('changing %s', (field, changed) => {
    it.each(positions)('of the entry at index %p is HASH_MISMATCH at its seq', (index) => {
      const verifier = verify(tampered(index, { [field]: changed }));
      expect(verifier.broken).toEqual({ seq: index + 1, reason: 'HASH_MISMATCH' });
      expect(verifier.checked).toBe(index);
    });
  });

  it('detects a changed value deep inside newValue', () => {
    const newValue = structuredClone(LOG[499].newValue) as { marks: number[] };
    expect(verify(tampered(499, { newValue })).broken).toBeNull();
    newValue.marks[1] += 1;
    expect(verify(tampered(499, { newValue })).broken).toEqual({
      seq: 500,
      reason: 'HASH_MISMATCH',
    });
  });

  it('detects a reason removed (set to null) as HASH_MISMATCH', () => {
    expect(LOG[3].reason).not.toBeNull();
    expect(verify(tampered(3, { reason: null })).broken).toEqual({
      seq: 4,
      reason: 'HASH_MISMATCH',
    });
  });

  it('detects a forged hash on an untouched entry', () => {
    expect(verify(tampered(10, { hash: 'f'.repeat(64) })).broken).toEqual({
      seq: 11,
      reason: 'HASH_MISMATCH',
    });
  });

  it('reports PREV_HASH_MISMATCH at the next entry when a tampered hash was recomputed', () => {
    const edited = { ...LOG[499], newValue: { valueCenti: 0 } };
    const resealed = { ...edited, hash: auditHash(edited.prevHash, edited) };
    const entries = LOG.map((e, i) => (i === 499 ? resealed : e));
    const verifier = verify(entries);
    expect(verifier.broken).toEqual({ seq: 501, reason: 'PREV_HASH_MISMATCH' });
    expect(verifier.checked).toBe(500);
  });

  it('reports PREV_HASH_MISMATCH when only the link to the previous entry was changed', () => {
    expect(verify(tampered(3, { prevHash: LOG[1].hash })).broken).toEqual({
      seq: 4,
      reason: 'PREV_HASH_MISMATCH',
    });
  });

  it.each([0, 1, 500, 998])('reports SEQ_GAP at the next seq when index %p is deleted', (i) => {
    const verifier = verify(LOG.filter((_, j) => j !== i));
    expect(verifier.broken).toEqual({ seq: i + 2, reason: 'SEQ_GAP' });
    expect(verifier.checked).toBe(i);
  });

  it('detects two entries swapped as they are stored (SEQ_GAP at the first out of place)', () => {
    const entries = [...LOG];
    [entries[200], entries[201]] = [entries[201], entries[200]];
    expect(verify(entries).broken).toEqual({ seq: 202, reason: 'SEQ_GAP' });
  });

  it('detects two entries swapped and renumbered to hide the swap', () => {
    const entries = [...LOG];
    entries[200] = { ...LOG[201], seq: 201 };
    entries[201] = { ...LOG[200], seq: 202 };
    expect(verify(entries).broken).toEqual({ seq: 201, reason: 'PREV_HASH_MISMATCH' });
  });

  it('detects an entry replayed twice', () => {
    const entries = [...LOG.slice(0, 10), LOG[9], ...LOG.slice(10)];
    expect(verify(entries).broken).toEqual({ seq: 10, reason: 'SEQ_GAP' });
  });

  it('detects an entry copied in from another contest', () => {
    const other = chain(
      GENESIS_HASH,
      records(5).map((r) => ({ ...r, contestId: 8 })),
    );
    const entries = LOG.slice(0, 5).map((e, i) => (i === 2 ? other[2] : e));
    expect(verify(entries).broken).toEqual({ seq: 3, reason: 'PREV_HASH_MISMATCH' });
  });

  it('detects a wrong starting point', () => {
    expect(verify(LOG, 'ab'.repeat(32)).broken).toEqual({ seq: 1, reason: 'PREV_HASH_MISMATCH' });
    expect(verify(LOG, GENESIS_HASH, 2).broken).toEqual({ seq: 1, reason: 'SEQ_GAP' });
  });

  it('cannot see a cut tail by itself: compare lastHash with the head kept elsewhere', () => {
    const verifier = verify(LOG.slice(0, 990));
    expect(verifier.broken).toBeNull();
    expect(verifier.lastHash).not.toBe(LOG[999].hash);
  });
});

describe('ChainVerifier: after the first problem', () => {
  it('reports once, then returns null and keeps the first problem and count', () => {
    const entries = tampered(5, { reason: 'changed' });
    const verifier = new ChainVerifier();
    const results = entries.slice(0, 10).map((e) => verifier.push(e));
    expect(results.filter((r) => r !== null)).toEqual([{ seq: 6, reason: 'HASH_MISMATCH' }]);
    expect(results[5]).toEqual({ seq: 6, reason: 'HASH_MISMATCH' });
    expect(verifier.push({ ...LOG[10], seq: 9999 })).toBeNull();
    expect(verifier.broken).toEqual({ seq: 6, reason: 'HASH_MISMATCH' });
    expect(verifier.checked).toBe(5);
    expect(verifier.lastHash).toBe(LOG[4].hash);
  });
});

import { createHash } from 'node:crypto';

/*
 * The append-only score log, chained by hashes (docs/judging.md "Audit trail"): each entry's hash covers
 * its own fields and the previous entry's hash, so editing, deleting or reordering history breaks
 * the chain at the first entry touched.
 *
 * The hashing format below (field set, canonicalJson, prevHash + '\n' + json, sha256 hex) is part
 * of every stored log: changing any of it invalidates every log already written.
 */

/** The prevHash of a contest's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  contestId: number;
  /** 1, 2, 3… within the contest, with no gaps: a gap means an entry was removed. */
  seq: number;
  /** ISO instant; hashed as the exact string, so store and read it back unchanged. */
  at: string;
  actorId: number | null;
  action: string;
  registrationId: number | null;
  criterionKey: string | null;
  judgeId: number | null;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
}

export interface ChainedRecord extends AuditRecord {
  prevHash: string;
  hash: string;
}

export type ChainProblemReason = 'SEQ_GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';

export interface ChainProblem {
  seq: number;
  reason: ChainProblemReason;
}

type JsonBox = { toJSON: (key: string) => unknown };

function hasToJson(value: object): value is JsonBox {
  return typeof (value as Partial<JsonBox>).toJSON === 'function';
}

/**
 * Serialises like JSON.stringify (toJSON honoured, undefined / functions / symbols dropped from
 * objects and null in arrays, non-finite numbers as null, BigInt and cycles refused) so that what
 * is hashed is exactly what a JSON column gives back. Keys are sorted by UTF-16 code units at every
 * depth; with ES number formatting that is the RFC 8785 (JCS) ordering, reproducible outside JS.
 */
function write(value: unknown, key: string, stack: Set<object>): string | undefined {
  let v = value;
  if (typeof v === 'object' && v !== null && hasToJson(v)) v = v.toJSON(key);
  if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf();

  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson cannot represent a BigInt; convert it first.');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (v === null) return 'null';

  const obj = v as object;
  if (stack.has(obj)) throw new TypeError('canonicalJson cannot represent a circular structure.');
  stack.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    const items = (obj as unknown[]).map((item, i) => write(item, String(i), stack) ?? 'null');
    out = `[${items.join(',')}]`;
  } else {
    const record = obj as Record<string, unknown>;
    const members: string[] = [];
    // Plain sort() compares UTF-16 code units; localeCompare would depend on the machine's locale.
    for (const k of Object.keys(record).sort()) {
      const text = write(record[k], k, stack);
      if (text !== undefined) members.push(`${JSON.stringify(k)}:${text}`);
    }
    out = `{${members.join(',')}}`;
  }
  stack.delete(obj);
  return out;
}

/** Deterministic JSON for hashing: sorted keys at every depth, no whitespace. */
export function canonicalJson(value: unknown): string {
  // A bare undefined has no JSON form; 'null' matches what a JSON column would hold for it.
  return write(value, '', new Set()) ?? 'null';
}

/**
 * Exactly the AuditRecord fields, so extra properties (prevHash, hash, an ORM's id or createdAt)
 * never enter the hash. undefined becomes null because the database stores both as NULL, and the
 * verifier, reading NULL back, must compute the same hash the writer did.
 */
function auditFields(record: AuditRecord): AuditRecord {
  return {
    contestId: record.contestId,
    seq: record.seq,
    at: record.at,
    actorId: record.actorId ?? null,
    action: record.action,
    registrationId: record.registrationId ?? null,
    criterionKey: record.criterionKey ?? null,
    judgeId: record.judgeId ?? null,
    oldValue: record.oldValue ?? null,
    newValue: record.newValue ?? null,
    reason: record.reason ?? null,
  };
}

/** A scalar as canonicalJson writes it, or undefined for anything else (left to canonicalJson). */
function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  return undefined;
}

/**
 * canonicalJson(auditFields(record)) written directly, with the keys in their sorted order, when
 * every field other than the two values is a plain scalar (always so when writing): the generic
 * serialiser sorts keys and walks the object for every entry, the hot part of score entry.
 * Anything else (a stored row read back with an odd type) takes the generic path, so both give the
 * same text for every input; the format spec pins it.
 */
function auditJson(record: AuditRecord): string {
  const scalars = [
    scalar(record.action),
    scalar(record.actorId),
    scalar(record.at),
    scalar(record.contestId),
    scalar(record.criterionKey),
    scalar(record.judgeId),
    scalar(record.reason),
    scalar(record.registrationId),
    scalar(record.seq),
  ];
  if (scalars.includes(undefined)) return canonicalJson(auditFields(record));
  const [action, actorId, at, contestId, criterionKey, judgeId, reason, registrationId, seq] =
    scalars;
  return (
    `{"action":${action},"actorId":${actorId},"at":${at},"contestId":${contestId},` +
    `"criterionKey":${criterionKey},"judgeId":${judgeId},` +
    `"newValue":${canonicalJson(record.newValue ?? null)},` +
    `"oldValue":${canonicalJson(record.oldValue ?? null)},"reason":${reason},` +
    `"registrationId":${registrationId},"seq":${seq}}`
  );
}

/** sha256 hex of `prevHash + '\n' + canonicalJson(the record's AuditRecord fields)`. */
export function auditHash(prevHash: string, record: AuditRecord): string {
  return createHash('sha256')
    .update(`${prevHash}\n${auditJson(record)}`, 'utf8')
    .digest('hex');
}

/**
 * Links records that follow `prevHash` (GENESIS_HASH for a contest's first entry, else the hash of
 * the last stored entry). The seqs must be consecutive, because a batch written with a gap would
 * be reported as tampered by every later verification.
 */
export function chain(prevHash: string, records: AuditRecord[]): ChainedRecord[] {
  const out: ChainedRecord[] = [];
  let prev = prevHash;
  records.forEach((record, i) => {
    if (i > 0 && record.seq !== records[i - 1].seq + 1) {
      throw new RangeError(
        `Audit records must have consecutive seqs; ${record.seq} follows ${records[i - 1].seq}.`,
      );
    }
    const fields = auditFields(record);
    const hash = auditHash(prev, fields);
    out.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  });
  return out;
}

/**
 * Verifies a log entry by entry, in seq order, holding only the last hash, so millions of entries
 * can be streamed page by page. To resume from a checkpoint, start with that entry's hash and the
 * next seq. Only the first problem is reported: after it the chain proves nothing more.
 */
export class ChainVerifier {
  private expectedSeq: number;
  private last: string;
  private count = 0;
  private problem: ChainProblem | null = null;

  constructor(startPrevHash: string = GENESIS_HASH, startSeq = 1) {
    this.last = startPrevHash;
    this.expectedSeq = startSeq;
  }

  /** The first problem, once, at the seq of the entry where it shows; null while all is well. */
  push(entry: ChainedRecord): ChainProblem | null {
    if (this.problem !== null) return null;
    let reason: ChainProblemReason | null = null;
    // A removed or reordered entry shows first as the wrong seq; an edited one as a wrong hash;
    // an edited one whose hash was recomputed as the next entry no longer pointing at it.
    if (entry.seq !== this.expectedSeq) reason = 'SEQ_GAP';
    else if (entry.prevHash !== this.last) reason = 'PREV_HASH_MISMATCH';
    else if (auditHash(entry.prevHash, entry) !== entry.hash) reason = 'HASH_MISMATCH';

    if (reason !== null) {
      // Frozen because push and broken hand out the same object.
      this.problem = Object.freeze({ seq: entry.seq, reason });
      return this.problem;
    }
    this.count += 1;
    this.expectedSeq += 1;
    this.last = entry.hash;
    return null;
  }

  /** Entries verified so far (those before the first problem). */
  get checked(): number {
    return this.count;
  }

  get broken(): ChainProblem | null {
    return this.problem;
  }

  /** The hash of the last verified entry, or the starting hash; the next entry's prevHash. */
  get lastHash(): string {
    return this.last;
  }
}

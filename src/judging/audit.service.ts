import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';
import type { AuditEntry } from './judging.entities';
import {
  AuditRecord,
  auditHash,
  canonicalJson,
  ChainVerifier,
  GENESIS_HASH,
} from './rules/audit-chain';

/** What a use case records; the service adds the contest, sequence number, time and hashes. */
export type AuditEvent = Omit<AuditRecord, 'contestId' | 'seq' | 'at'>;

/** Entries whose contestant a chief judge does not see, even by code. */
const BLIND_HIDDEN_ACTIONS = new Set(['CONFLICT_DECLARED']);

export interface AuditView {
  /** Chief judges' view only: the contestant's blind code (registrationId is then null). */
  code?: string | null;
  seq: number;
  at: string;
  actorId: number | null;
  action: string;
  registrationId: number | null;
  criterionKey: string | null;
  judgeId: number | null;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  firstBroken?: { seq: number; reason: string };
}

const VERIFY_PAGE = 5000;

/** A stored value back to what was hashed; text that is not JSON (tampered) stays text. */
function parseValue(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toRecord(entry: AuditEntry): AuditRecord {
  return {
    contestId: entry.contestId,
    seq: entry.seq,
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    registrationId: entry.registrationId,
    criterionKey: entry.criterionKey,
    judgeId: entry.judgeId,
    oldValue: parseValue(entry.oldValue),
    newValue: parseValue(entry.newValue),
    reason: entry.reason,
  };
}

/**
 * The append-only, hash-chained log of everything that touches scores (docs/judging.md "Audit trail").
 * Appends happen inside the caller's transaction, after `ContestsRepository.lock`, so the
 * chain of one contest never forks; nothing here (or anywhere in the API) edits or deletes.
 */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async append(
    manager: EntityManager,
    contestId: number,
    events: AuditEvent[],
    at: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    const head = await this.audit.head(manager, contestId);
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const when = at.toISOString();
    const rows: Omit<AuditEntry, 'id'>[] = [];
    for (const event of events) {
      const record: AuditRecord = { ...event, contestId, seq: ++seq, at: when };
      const hash = auditHash(prevHash, record);
      rows.push({
        ...record,
        oldValue: record.oldValue === null ? null : canonicalJson(record.oldValue),
        newValue: record.newValue === null ? null : canonicalJson(record.newValue),
        prevHash,
        hash,
      });
      prevHash = hash;
    }
    await this.audit.insert(manager, rows);
  }

  async list(contestId: number, afterSeq: number, limit: number): Promise<AuditView[]> {
    const entries = await this.audit.page(contestId, afterSeq, limit);
    return entries.map((e) => ({ ...toRecord(e), prevHash: e.prevHash, hash: e.hash }));
  }

  /**
   * The log as a chief judge may read it: contestants by blind code, never by registration id
   * (ids follow the roster's order, which groups workers by unit), and declared conflicts without
   * the contestant (who a judge is related to would tell whose code it is). Verification is the
   * server's (`verify`), so the view need not carry what the hashes were computed from.
   */
  async listBlind(
    contestId: number,
    afterSeq: number,
    limit: number,
    codeOf: ReadonlyMap<number, string | null>,
  ): Promise<AuditView[]> {
    return (await this.list(contestId, afterSeq, limit)).map((entry) => ({
      ...entry,
      code:
        entry.registrationId === null || BLIND_HIDDEN_ACTIONS.has(entry.action)
          ? null
          : (codeOf.get(entry.registrationId) ?? null),
      registrationId: null,
    }));
  }

  /** A log that stops short of its recorded head has lost entries from its end. */
  private async truncation(
    contestId: number,
    verifier: ChainVerifier,
  ): Promise<{ seq: number; reason: string } | null> {
    const head = await this.audit.head(this.audit.manager, contestId);
    if (!head) return verifier.checked === 0 ? null : { seq: 1, reason: 'HEAD_MISSING' };
    if (head.seq === verifier.checked && head.hash === verifier.lastHash) return null;
    return { seq: Math.min(head.seq, verifier.checked + 1), reason: 'TRUNCATED' };
  }

  /** Recomputes the whole chain, page by page, and names the first entry that does not hold. */
  async verify(contestId: number): Promise<VerifyReport> {
    const verifier = new ChainVerifier();
    let afterSeq = 0;
    for (;;) {
      const page = await this.audit.page(contestId, afterSeq, VERIFY_PAGE);
      for (const entry of page) {
        verifier.push({ ...toRecord(entry), prevHash: entry.prevHash, hash: entry.hash });
        if (verifier.broken) break;
      }
      if (verifier.broken || page.length < VERIFY_PAGE) break;
      afterSeq = page[page.length - 1].seq;
    }
    const broken = verifier.broken ?? (await this.truncation(contestId, verifier));
    return broken
      ? {
          ok: false,
          entries: verifier.checked,
          firstBroken: { seq: broken.seq, reason: broken.reason },
        }
      : { ok: true, entries: verifier.checked };
  }
}

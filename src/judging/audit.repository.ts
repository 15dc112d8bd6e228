import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { bulkInsert } from '../database/bulk-insert';
import { AuditEntry, AuditHead } from './judging.entities';

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Where the contest's log ends (kept apart from the log), or null before its first entry. */
  async head(
    manager: EntityManager,
    contestId: number,
  ): Promise<{ seq: number; hash: string } | null> {
    const head = await manager.getRepository(AuditHead).findOneBy({ contestId });
    return head ? { seq: Number(head.seq), hash: head.hash } : null;
  }

  /** Appends entries (consecutive, chained) and moves the head to the last of them. */
  async insert(manager: EntityManager, entries: Omit<AuditEntry, 'id'>[]): Promise<void> {
    if (entries.length === 0) return;
    await bulkInsert(
      manager,
      'audit_log',
      [
        'contest_id',
        'seq',
        'at',
        'actor_id',
        'action',
        'registration_id',
        'criterion_key',
        'judge_id',
        'old_value',
        'new_value',
        'reason',
        'prev_hash',
        'hash',
      ],
      entries.map((e) => [
        e.contestId,
        e.seq,
        e.at,
        e.actorId,
        e.action,
        e.registrationId,
        e.criterionKey,
        e.judgeId,
        e.oldValue,
        e.newValue,
        e.reason,
        e.prevHash,
        e.hash,
      ]),
    );
    const last = entries[entries.length - 1];
    await manager
      .getRepository(AuditHead)
      .upsert({ contestId: last.contestId, seq: last.seq, hash: last.hash }, ['contestId']);
  }

  /** Entries after `afterSeq`, in order. */
  page(contestId: number, afterSeq: number, limit: number): Promise<AuditEntry[]> {
    return this.dataSource.getRepository(AuditEntry).find({
      where: { contestId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: limit,
    });
  }

  async count(contestId: number): Promise<number> {
    return this.dataSource.getRepository(AuditEntry).countBy({ contestId });
  }
}

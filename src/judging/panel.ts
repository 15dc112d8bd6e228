import type { FieldEntry, PanelMember } from './judges.repository';

/**
 * A contest's judges as the integrity rules see them. A judge never scores a worker of their own
 * unit or of any unit below it, nor one they declared a conflict with; everything else about who
 * scores what follows from the assignment (criterion keys).
 */
export class Panel {
  private readonly byId = new Map<number, PanelMember>();
  /** Workers named in some declared conflict: only they need a look-up of their own. */
  private readonly declaredWorkers = new Set<number>();
  /** requiredJudges by criterion and unit (and worker, for those with declared conflicts). */
  private readonly required = new Map<string, readonly number[]>();

  constructor(
    readonly members: readonly PanelMember[],
    private readonly declared: ReadonlyMap<number, ReadonlySet<number>>,
  ) {
    for (const member of members) this.byId.set(member.userId, member);
    for (const workers of declared.values()) for (const w of workers) this.declaredWorkers.add(w);
  }

  member(userId: number): PanelMember | undefined {
    return this.byId.get(userId);
  }

  get chiefs(): PanelMember[] {
    return this.members.filter((m) => m.chief);
  }

  /** The unit rule (unit paths are materialised, `/1/4/`) and the declared conflicts. */
  conflicted(userId: number, entry: Pick<FieldEntry, 'unitPath' | 'workerId'>): boolean {
    const member = this.byId.get(userId);
    if (!member) return false;
    if (member.unitPath !== null && entry.unitPath.startsWith(member.unitPath)) return true;
    return this.declared.get(userId)?.has(entry.workerId) ?? false;
  }

  assigned(userId: number, criterionKey: string): boolean {
    return this.byId.get(userId)?.criterionKeys.includes(criterionKey) ?? false;
  }

  /**
   * The judges whose scores this worker's criterion needs: assigned, and not in conflict. The
   * answer depends only on the criterion, the worker's unit and the worker's declared conflicts,
   * so it is worked out once per such combination (status and results ask for every contestant ×
   * criterion: 400,000 times in a 40,000-worker competition). Do not modify the returned list.
   */
  requiredJudges(
    criterionKey: string,
    entry: Pick<FieldEntry, 'unitPath' | 'workerId'>,
  ): readonly number[] {
    const key = this.declaredWorkers.has(entry.workerId)
      ? `${criterionKey}\n${entry.unitPath}\n${entry.workerId}`
      : `${criterionKey}\n${entry.unitPath}`;
    let judges = this.required.get(key);
    if (!judges) {
      judges = this.members
        .filter((m) => m.criterionKeys.includes(criterionKey) && !this.conflicted(m.userId, entry))
        .map((m) => m.userId);
      this.required.set(key, judges);
    }
    return judges;
  }
}

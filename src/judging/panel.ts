import type { FieldEntry, PanelMember } from './judges.repository';

/**
 * A contest's judges as the integrity rules see them. A judge never scores a worker of their own
 * unit or of any unit below it, nor one they declared a conflict with; everything else about who
 * scores what follows from the assignment (criterion keys).
 */
export class Panel {
  private readonly byId = new Map<number, PanelMember>();

  constructor(
    readonly members: readonly PanelMember[],
    private readonly declared: ReadonlyMap<number, ReadonlySet<number>>,
  ) {
    for (const member of members) this.byId.set(member.userId, member);
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

  /** The judges whose scores this worker's criterion needs: assigned, and not in conflict. */
  requiredJudges(criterionKey: string, entry: Pick<FieldEntry, 'unitPath' | 'workerId'>): number[] {
    return this.members
      .filter((m) => m.criterionKeys.includes(criterionKey) && !this.conflicted(m.userId, entry))
      .map((m) => m.userId);
  }
}

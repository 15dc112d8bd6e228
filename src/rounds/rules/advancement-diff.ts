import type {
  AdvancementEntry,
  AdvancementList,
  AdvancementReason,
  AdvancementStatus,
} from './advancement.types';

/*
 * What changed between two versions of a round's advancement list, and why, so that each kept
 * version says what moved (a corrected feeder result, a decline, a missed deadline). A new version
 * is kept only when something changed.
 */

export type ChangeKind =
  /** Now ADVANCED, and was not (or was not on the list at all). */
  | 'MOVED_IN'
  /** Was ADVANCED, and is not any more (or is off the list). */
  | 'MOVED_OUT'
  /** Another change of status: a reserve who declined, an entrant who became eligible… */
  | 'STATUS_CHANGED'
  /** Still a reserve, at another number. */
  | 'RESERVE_RENUMBERED'
  /** Same status and number; the total, the rank, the confirmation or the reason's facts changed. */
  | 'DETAILS_CHANGED';

export interface EntryState {
  status: AdvancementStatus;
  reserveNo: number | null;
  total: string | null;
  rank: number | null;
  confirmed: boolean;
  reason: AdvancementReason;
}

export interface AdvancementChange {
  registrationId: number;
  name: string;
  feederContestId: number;
  kind: ChangeKind;
  /** null: not on that version of the list. */
  before: EntryState | null;
  after: EntryState | null;
}

export interface AdvancementDiff {
  changed: boolean;
  provisional: { before: boolean; after: boolean } | null;
  movedIn: number[];
  movedOut: number[];
  /** By registration id. */
  changes: AdvancementChange[];
}

function stateOf(entry: AdvancementEntry): EntryState {
  const { status, total, rank, confirmed, reason } = entry;
  return { status, reserveNo: entry.reserveNo ?? null, total, rank, confirmed, reason };
}

/** Plain data compared by value; key order is fixed by the builders in ./advancement.ts. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function kindOf(before: EntryState | null, after: EntryState | null): ChangeKind | null {
  const wasIn = before?.status === 'ADVANCED';
  const isIn = after?.status === 'ADVANCED';
  if (isIn && !wasIn) return 'MOVED_IN';
  if (wasIn && !isIn) return 'MOVED_OUT';
  if (before === null || after === null || before.status !== after.status) {
    return 'STATUS_CHANGED';
  }
  if (before.reserveNo !== after.reserveNo) return 'RESERVE_RENUMBERED';
  return same(before, after) ? null : 'DETAILS_CHANGED';
}

/** `previous` null: the first version, where everyone on it is a change. */
export function diffAdvancement(
  previous: AdvancementList | null,
  next: AdvancementList,
): AdvancementDiff {
  const before = new Map((previous?.entries ?? []).map((e) => [e.registrationId, e]));
  const after = new Map(next.entries.map((e) => [e.registrationId, e]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  const changes: AdvancementChange[] = [];
  for (const id of ids) {
    const was = before.get(id);
    const is = after.get(id);
    const states = { before: was ? stateOf(was) : null, after: is ? stateOf(is) : null };
    const kind = kindOf(states.before, states.after);
    const entry = (is ?? was) as AdvancementEntry;
    if (kind) {
      const { name, feederContestId } = entry;
      changes.push({ registrationId: id, name, feederContestId, kind, ...states });
    }
  }
  const provisional =
    previous && previous.provisional !== next.provisional
      ? { before: previous.provisional, after: next.provisional }
      : null;
  return {
    changed: changes.length > 0 || provisional !== null,
    provisional,
    movedIn: changes.filter((c) => c.kind === 'MOVED_IN').map((c) => c.registrationId),
    movedOut: changes.filter((c) => c.kind === 'MOVED_OUT').map((c) => c.registrationId),
    changes,
  };
}

/**
 * Edits the server has not confirmed yet, kept in localStorage per contest and judge so that a
 * lost connection, a reload or a tablet that went to sleep loses nothing: they are sent again when
 * the page (re)opens or the connection returns.
 */

export interface PendingEdit {
  code: string;
  criterionKey: string;
  points: string;
  /** The score's version when the judge typed over it (0: there was none): a stale write is refused. */
  version: number;
}

export type PendingEdits = Record<string, PendingEdit>;

export const cellKey = (code: string, criterionKey: string): string => `${code}|${criterionKey}`;

export class PendingStore {
  private readonly key: string;

  constructor(contestId: number, judgeId: number) {
    this.key = `skills.judge.pending.${contestId}.${judgeId}`;
  }

  read(): PendingEdits {
    try {
      return (JSON.parse(localStorage.getItem(this.key) ?? '{}') as PendingEdits) ?? {};
    } catch {
      return {};
    }
  }

  put(edit: PendingEdit): void {
    const all = this.read();
    all[cellKey(edit.code, edit.criterionKey)] = edit;
    this.write(all);
  }

  remove(code: string, criterionKey: string): void {
    const all = this.read();
    delete all[cellKey(code, criterionKey)];
    this.write(all);
  }

  private write(all: PendingEdits): void {
    if (Object.keys(all).length === 0) localStorage.removeItem(this.key);
    else localStorage.setItem(this.key, JSON.stringify(all));
  }
}

import { computed, onBeforeUnmount, reactive, ref } from 'vue';
import { ApiError, call, client, NetworkError } from '@/api/client';
import type { EntryIssue } from '@/api/error-details';
import { errorText } from '@/i18n';
import { issuesOf, issueText, SHEET_SCOPE } from './judge-errors';
import { cellKey, PendingStore, type PendingEdit } from './pending-store';
import { checkScore, samePoints } from './score-value';
import type { Attendance, SavedBatch, SheetCriterion, SheetScore } from '@/api/types';

/**
 * A cell's state, shown on it: empty (nothing entered), unsaved (typed, waiting to be sent),
 * saving, saved, invalid (refused as typed, not sent), error (refused by the server), conflict
 * (someone else changed the score since it was read), locked (confirmed: read-only).
 */
export type CellState =
  'empty' | 'unsaved' | 'saving' | 'saved' | 'invalid' | 'error' | 'conflict' | 'locked';

/** What to tell the judge on a cell: a message key (with its values) or a sentence already made. */
export type CellProblem = { key: string; params?: Record<string, string> } | { text: string };

export interface Cell {
  key: string;
  code: string;
  criterion: SheetCriterion;
  /** What is in the input. */
  text: string;
  /** This judge's score as the server last told us (null: none yet). */
  server: SheetScore | null;
  state: CellState;
  problem: CellProblem | null;
  /** On a conflict: the value the judge typed (theirs is `server`, read again). */
  mine: string | null;
}

export interface SheetRow {
  code: string;
  attendance: Attendance;
  cells: Cell[];
  /** Time used in whole seconds, as the server has it; null until recorded. */
  timeSeconds: number | null;
}

/** Quiet time after the last keystroke before changed cells are sent together. */
const DEBOUNCE_MS = 800;
/** Retries after a lost connection: 1 s, 2 s, 4 s … at most 30 s apart. */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;
/** The API takes up to 2,000 entries a batch. */
const BATCH_LIMIT = 2000;

/**
 * The judge's score sheet: loads it, checks what is typed, keeps unsent edits on the device,
 * sends them in batches with the versions they were based on, retries while offline and turns
 * a stale write (409 STALE_SCORE) into a conflict the judge resolves on the cell.
 */
export function useScoreSheet(contestId: number, judgeId: number) {
  const store = new PendingStore(contestId, judgeId);
  const criteria = ref<SheetCriterion[]>([]);
  const rows = ref<SheetRow[]>([]);
  /** The contest breaks ties by time used: the sheet asks for it. */
  const timeUsed = ref(false);
  const loading = ref(true);
  /** A problem with the whole sheet (cannot load, scoring closed…), in words. */
  const sheetError = ref('');
  const offline = ref(typeof navigator !== 'undefined' && !navigator.onLine);
  const index = new Map<string, Cell>();

  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let inFlight = false;
  let again = false;

  const cellOf = (code: string, criterionKey: string) => index.get(cellKey(code, criterionKey));

  function restingState(cell: Cell): CellState {
    if (cell.server?.confirmed) return 'locked';
    return cell.server ? 'saved' : 'empty';
  }

  async function load(): Promise<void> {
    loading.value = true;
    sheetError.value = '';
    try {
      const sheet = await call(
        client.GET('/api/contests/{id}/score-sheet', { params: { path: { id: contestId } } }),
      );
      criteria.value = sheet.criteria;
      timeUsed.value = sheet.timeUsed;
      rows.value = sheet.rows.map((r) => ({
        code: r.code,
        attendance: r.attendance,
        timeSeconds: r.timeSeconds,
        cells: sheet.criteria.map((c) => {
          const server = r.scores[c.key] ?? null;
          const cell: Cell = {
            key: cellKey(r.code, c.key),
            code: r.code,
            criterion: c,
            text: server?.points ?? '',
            server,
            state: 'empty',
            problem: null,
            mine: null,
          };
          cell.state = restingState(cell);
          return cell;
        }),
      }));
      index.clear();
      // Index the reactive proxies, so that changes through the index re-render the grid.
      for (const row of rows.value) for (const cell of row.cells) index.set(cell.key, cell);
      // Edits typed before a reload or while offline are shown again and sent.
      const pending = Object.values(store.read());
      for (const edit of pending) {
        const cell = cellOf(edit.code, edit.criterionKey);
        if (!cell) continue;
        cell.text = edit.points;
        cell.state = 'unsaved';
      }
      if (pending.length > 0) void flush();
    } catch (error) {
      sheetError.value = errorText(error, SHEET_SCOPE);
    } finally {
      loading.value = false;
    }
  }

  /** The judge typed into a cell: check it, keep it if it is a new value, send it soon. */
  function edit(cell: Cell, text: string): void {
    cell.text = text;
    cell.mine = null;
    const check = checkScore(text, cell.criterion);
    if (!check.ok || (check.empty && cell.server)) {
      cell.state = 'invalid';
      cell.problem = {
        key: `judge.cell.problem.${check.ok ? 'cleared' : check.problem}`,
        params: { max: cell.criterion.maxPoints },
      };
      store.remove(cell.code, cell.criterion.key);
      return;
    }
    cell.problem = null;
    if (check.empty || (cell.server && samePoints(check.points, cell.server.points))) {
      store.remove(cell.code, cell.criterion.key);
      cell.state = restingState(cell);
      return;
    }
    store.put({
      code: cell.code,
      criterionKey: cell.criterion.key,
      points: check.points,
      version: cell.server?.version ?? 0,
    });
    cell.state = 'unsaved';
    clearTimeout(debounce);
    debounce = setTimeout(() => void flush(), DEBOUNCE_MS);
  }

  /** Sends every unsent edit (not those waiting on a conflict) in one all-or-nothing batch. */
  async function flush(): Promise<void> {
    clearTimeout(debounce);
    clearTimeout(retry);
    if (inFlight) {
      again = true;
      return;
    }
    const batch = Object.values(store.read())
      .filter((e) => cellOf(e.code, e.criterionKey)?.state === 'unsaved')
      .slice(0, BATCH_LIMIT);
    if (batch.length === 0) return;
    inFlight = true;
    const sending = batch.map((e) => cellOf(e.code, e.criterionKey)!);
    sending.forEach((c) => (c.state = 'saving'));
    try {
      const result = await call(
        client.PUT('/api/contests/{id}/scores', {
          params: { path: { id: contestId } },
          body: {
            entries: batch.map(({ code, criterionKey, points, version }) => ({
              code,
              criterionKey,
              points,
              version,
            })),
          },
        }),
      );
      offline.value = false;
      attempt = 0;
      sheetError.value = '';
      for (const saved of result.entries) accept(saved);
    } catch (error) {
      refused(error, batch, sending);
    } finally {
      inFlight = false;
      if (again) {
        again = false;
        void flush();
      }
    }
  }

  /** The server stored an entry: the cell is saved, unless the judge typed on meanwhile. */
  function accept(saved: SavedBatch['entries'][number]): void {
    const cell = cellOf(saved.code, saved.criterionKey);
    if (!cell) return;
    cell.server = { points: saved.points, version: saved.version, confirmed: false };
    const pending = store.read()[cell.key];
    if (!pending || samePoints(pending.points, saved.points)) {
      store.remove(cell.code, cell.criterion.key);
      if (cell.state === 'saving') cell.state = 'saved';
    } else {
      // A newer value was typed while this one was on its way: it now builds on our version.
      store.put({ ...pending, version: saved.version });
      again = true;
    }
  }

  function refused(error: unknown, batch: PendingEdit[], sending: Cell[]): void {
    const back = () => sending.forEach((c) => c.state === 'saving' && (c.state = 'unsaved'));
    const unreachable = error instanceof NetworkError;
    if (unreachable || (error instanceof ApiError && error.status >= 500)) {
      // Nothing was stored (no connection, or the server failing for now): the edits stay on the
      // device and go when it answers again.
      if (unreachable) offline.value = true;
      else sheetError.value = errorText(error, SHEET_SCOPE);
      back();
      retry = setTimeout(
        () => void flush(),
        Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt++),
      );
      return;
    }
    const issues = issuesOf(error).filter((i) => batch[i.index]);
    if (issues.length === 0) {
      // The whole batch was refused (scoring closed, signed out…): keep every edit, say why.
      sheetError.value = errorText(error, SHEET_SCOPE);
      sending.forEach((c) => {
        c.state = 'error';
        c.problem = { text: sheetError.value };
      });
      return;
    }
    let unknownTheirs = false;
    for (const issue of issues) {
      const cell = sending[issue.index];
      if (issue.code === 'STALE_SCORE') {
        cell.state = 'conflict';
        cell.mine = batch[issue.index].points;
        cell.problem = null;
        // The refusal says what the score is now; an older server does not, so read the sheet.
        if (issue.current) cell.server = theirs(cell, issue.current);
        else unknownTheirs = true;
      } else {
        // The server will refuse this value again as it is: show why, stop sending it.
        cell.state = 'error';
        cell.problem = { text: issueText(issue) };
        store.remove(cell.code, cell.criterion.key);
      }
    }
    // All or nothing: the other entries of the batch were not stored; send them again.
    back();
    again = true;
    if (unknownTheirs) void readTheirs();
  }

  /** A STALE_SCORE issue's `current` as the cell's server value (version 0: no score). */
  function theirs(cell: Cell, current: NonNullable<EntryIssue['current']>): SheetScore | null {
    if (current.points === null) return null;
    return {
      points: current.points,
      version: current.version,
      confirmed: cell.server?.confirmed ?? false,
    };
  }

  /** After a stale write: the server's current scores, for the cells in conflict to show. */
  async function readTheirs(): Promise<void> {
    try {
      const sheet = await call(
        client.GET('/api/contests/{id}/score-sheet', { params: { path: { id: contestId } } }),
      );
      for (const row of sheet.rows) {
        for (const [key, score] of Object.entries(row.scores)) {
          const cell = cellOf(row.code, key);
          if (cell?.state === 'conflict') cell.server = score;
        }
      }
    } catch (error) {
      sheetError.value = errorText(error, SHEET_SCOPE);
    }
  }

  /** Conflict: keep the judge's value, written over the server's current version. */
  function keepMine(cell: Cell): void {
    if (cell.mine === null) return;
    store.put({
      code: cell.code,
      criterionKey: cell.criterion.key,
      points: cell.mine,
      version: cell.server?.version ?? 0,
    });
    cell.text = cell.mine;
    cell.mine = null;
    cell.state = 'unsaved';
    void flush();
  }

  /** Conflict: take the server's value and drop the judge's. */
  function takeTheirs(cell: Cell): void {
    store.remove(cell.code, cell.criterion.key);
    cell.text = cell.server?.points ?? '';
    cell.mine = null;
    cell.problem = null;
    cell.state = restingState(cell);
  }

  /**
   * The chief judge marked a contestant absent, disqualified or present again. An absent row takes
   * no scores, so what was typed on it and not yet sent is dropped (the server would refuse it).
   */
  /**
   * Records a contestant's time used (PUT …/times; audited). Sent at once, not batched: a time is
   * typed once per contestant, and the page says at once if it was refused.
   */
  async function saveTime(row: SheetRow, seconds: number): Promise<void> {
    await call(
      client.PUT('/api/contests/{id}/times', {
        params: { path: { id: contestId } },
        body: { entries: [{ code: row.code, seconds }] },
      }),
    );
    row.timeSeconds = seconds;
  }

  function setAttendance(code: string, attendance: Attendance): void {
    const row = rows.value.find((r) => r.code === code);
    if (!row) return;
    row.attendance = attendance;
    if (attendance === 'PRESENT') return;
    for (const cell of row.cells) {
      store.remove(cell.code, cell.criterion.key);
      cell.text = cell.server?.points ?? '';
      cell.mine = null;
      cell.problem = null;
      cell.state = restingState(cell);
    }
  }

  const onOnline = () => {
    offline.value = false;
    attempt = 0;
    void flush();
  };
  const onOffline = () => (offline.value = true);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    clearTimeout(retry);
    // Leaving the page sends what is waiting; anything unsent stays on the device.
    if (debounce !== undefined) void flush();
    clearTimeout(debounce);
  });

  const counts = computed(() => {
    const all = rows.value.filter((r) => r.attendance === 'PRESENT').flatMap((r) => r.cells);
    return {
      cells: all.length,
      entered: all.filter((c) => c.state === 'saved' || c.state === 'locked').length,
      waiting: all.filter((c) => c.state === 'unsaved' || c.state === 'saving').length,
      conflicts: all.filter((c) => c.state === 'conflict').length,
    };
  });

  return reactive({
    criteria,
    rows,
    timeUsed,
    saveTime,
    loading,
    sheetError,
    offline,
    counts,
    load,
    edit,
    flush,
    keepMine,
    takeTheirs,
    setAttendance,
  });
}

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The code each worker thread runs: one bcrypt operation at a time, with bcryptjs (the hashes stay
 * the `$2a$`/`$2b$` hashes already stored). Plain JavaScript, so it runs the same from ts-jest,
 * ts-node and the built dist.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const bcrypt = require(workerData.bcryptjs);
parentPort.on('message', async (task) => {
  try {
    const result =
      task.op === 'hash'
        ? await bcrypt.hash(task.password, task.rounds)
        : await bcrypt.compare(task.password, task.hash);
    parentPort.postMessage({ id: task.id, result });
  } catch (error) {
    parentPort.postMessage({ id: task.id, error: String((error && error.message) || error) });
  }
});
`;

type Task =
  | { op: 'hash'; password: string; rounds: number }
  | { op: 'compare'; password: string; hash: string };

interface Pending {
  id: number;
  task: Task;
  resolve: (value: string | boolean) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

/**
 * bcrypt in worker threads. bcryptjs on the main thread blocks the event loop for the whole hash
 * (its sync calls) or in slices of up to 100 ms (its async calls), so a burst of logins would stall
 * every other request; here the main thread only passes messages. At most `size` hashes run at
 * once (one per core); the rest wait in line, so a login burst cannot starve the database's
 * threads either (sqlite3 uses libuv's pool, which a native bcrypt would share).
 */
export class BcryptWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size = Math.max(1, Math.min(4, availableParallelism()))) {}

  hash(password: string, rounds: number): Promise<string> {
    return this.run({ op: 'hash', password, rounds }) as Promise<string>;
  }

  compare(password: string, hash: string): Promise<boolean> {
    return this.run({ op: 'compare', password, hash }) as Promise<boolean>;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('bcrypt pool closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private run(task: Task): Promise<string | boolean> {
    if (this.closed) return Promise.reject(new Error('bcrypt pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.busy === null) ?? this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      // Held open only while it works: an idle pool never keeps the process alive.
      slot.worker.ref();
      slot.worker.postMessage({ id: pending.id, ...pending.task });
    }
  }

  private spawn(): Slot | null {
    if (this.slots.length >= this.size) return null;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { bcryptjs: require.resolve('bcryptjs') },
    });
    const slot: Slot = { worker, busy: null };
    worker.unref();
    worker.on('message', (answer: { id: number; result?: string | boolean; error?: string }) => {
      const pending = slot.busy;
      if (!pending || pending.id !== answer.id) return;
      slot.busy = null;
      worker.unref();
      if (answer.error !== undefined) pending.reject(new Error(answer.error));
      else pending.resolve(answer.result!);
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      slot.busy?.reject(error);
      slot.busy = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`bcrypt worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

import { Logger } from '@nestjs/common';
import type { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import {
  type AfterCommit,
  HandlesEvent,
  type TransactionalEventHandler,
  TransactionalEvents,
} from './transactional-events';

class Published {
  constructor(readonly id: number) {}
}
class Withdrawn {
  constructor(readonly id: number) {}
}

const inTransaction = { queryRunner: { isTransactionActive: true } } as unknown as EntityManager;

/** The bus over these providers, as Nest's discovery lists them. */
function bus(...instances: object[]): TransactionalEvents {
  const providers = [
    ...instances.map((instance) => ({ metatype: instance.constructor, instance })),
    // Not handlers: a value provider and a plain one are passed over.
    { metatype: null, instance: { value: 1 } },
    { metatype: class Plain {}, instance: {} },
  ];
  return new TransactionalEvents({ getProviders: () => providers } as unknown as DiscoveryService);
}

describe('TransactionalEvents', () => {
  it("runs each handler of the event's class with the caller's manager, then their follow-ups after commit", async () => {
    const seen: string[] = [];

    @HandlesEvent(Published)
    class Records implements TransactionalEventHandler<Published> {
      handle(event: Published, manager: EntityManager): Promise<AfterCommit> {
        seen.push(`records ${event.id} ${manager === inTransaction ? 'in' : 'out of'} transaction`);
        return Promise.resolve(() => {
          seen.push(`queues ${event.id}`);
          return Promise.resolve();
        });
      }
    }
    @HandlesEvent(Published)
    class NothingAfter implements TransactionalEventHandler<Published> {
      handle(event: Published): Promise<void> {
        seen.push(`nothing after ${event.id}`);
        return Promise.resolve();
      }
    }
    @HandlesEvent(Withdrawn)
    class OtherEvent implements TransactionalEventHandler<Withdrawn> {
      handle(): Promise<void> {
        seen.push('withdrawn');
        return Promise.resolve();
      }
    }

    const events = bus(new Records(), new NothingAfter(), new OtherEvent());
    const afterCommit = await events.emit(inTransaction, new Published(7));
    expect(seen).toEqual(['records 7 in transaction', 'nothing after 7']);
    await afterCommit();
    expect(seen).toEqual(['records 7 in transaction', 'nothing after 7', 'queues 7']);
  });

  it('runs a handler two modules list once', async () => {
    let calls = 0;
    @HandlesEvent(Published)
    class Counts implements TransactionalEventHandler<Published> {
      handle(): Promise<void> {
        calls++;
        return Promise.resolve();
      }
    }
    const shared = new Counts();
    await bus(shared, shared).emit(inTransaction, new Published(1));
    expect(calls).toBe(1);
  });

  it("lets a handler's failure reach the caller, to roll its transaction back", async () => {
    @HandlesEvent(Published)
    class Fails implements TransactionalEventHandler<Published> {
      handle(): Promise<void> {
        return Promise.reject(new Error('disk full'));
      }
    }
    await expect(bus(new Fails()).emit(inTransaction, new Published(1))).rejects.toThrow(
      'disk full',
    );
  });

  it('refuses an event emitted outside a transaction (its handlers would write on their own)', async () => {
    const outside = { queryRunner: undefined } as unknown as EntityManager;
    await expect(bus().emit(outside, new Published(1))).rejects.toThrow(
      'Published emitted outside a transaction',
    );
  });

  it('runs every follow-up after commit even when one fails (the commit stands; recovery redoes it)', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const done: number[] = [];
    @HandlesEvent(Published)
    class RedisDown implements TransactionalEventHandler<Published> {
      handle(): Promise<AfterCommit> {
        return Promise.resolve(() => Promise.reject(new Error('Redis down')));
      }
    }
    @HandlesEvent(Published)
    class Queues implements TransactionalEventHandler<Published> {
      handle(event: Published): Promise<AfterCommit> {
        return Promise.resolve(() => {
          done.push(event.id);
          return Promise.resolve();
        });
      }
    }
    const afterCommit = await bus(new RedisDown(), new Queues()).emit(
      inTransaction,
      new Published(3),
    );
    await expect(afterCommit()).resolves.toBeUndefined();
    expect(done).toEqual([3]);
    warn.mockRestore();
  });
});

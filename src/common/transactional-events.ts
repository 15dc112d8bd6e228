import { Injectable, Logger, Module, SetMetadata } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/**
 * Events a feature emits inside its own transaction, for other features to act on without the
 * emitter knowing them (results publishes; certificates, a later stage, reissues).
 *
 * Why not `@nestjs/event-emitter` or `@nestjs/cqrs`: their listeners run apart from the emitter's
 * transaction (cqrs does not await them; event-emitter swallows their errors by default), so a
 * crash between the commit and the listener loses the event. Here a handler runs inside the
 * emitter's transaction, with its EntityManager: it writes what it owes as a row in the same
 * commit (its outbox), and a throw rolls the emitter's change back with it. What cannot be done in
 * the transaction (queueing a job) it returns as a follow-up, run once the transaction has
 * committed; a follow-up lost with the process must be recoverable from the row (as a queued job
 * is put back by JobRecovery from its handler's `pending`).
 */

/** The class of an event: events are plain classes, matched by their constructor. */
export type EventClass<E extends object> = abstract new (...args: never[]) => E;

/** Work to do once the emitting transaction has committed. */
export type AfterCommit = () => Promise<void>;

export interface TransactionalEventHandler<E extends object> {
  /**
   * Runs inside the emitter's transaction: write with `manager` only. Throwing rolls the emitter's
   * transaction back. Returns what to do after the commit, if anything.
   */
  handle(event: E, manager: EntityManager): Promise<AfterCommit | void>;
}

const EVENT_HANDLER_KEY = 'transactional-event-handler';

/** Marks a provider as a handler of one event class (any module of the application). */
export const HandlesEvent = (event: EventClass<object>) => SetMetadata(EVENT_HANDLER_KEY, event);

@Injectable()
export class TransactionalEvents {
  private readonly logger = new Logger('Events');
  private handlers: Map<EventClass<object>, TransactionalEventHandler<object>[]> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  /**
   * Hands `event` to every handler of its class, in the caller's transaction (`manager` must be
   * a transaction's). Returns the handlers' follow-ups as one function, to call after the commit:
   * it never throws (the commit has happened; what failed is logged and left to recovery).
   */
  async emit(manager: EntityManager, event: object): Promise<AfterCommit> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`${event.constructor.name} emitted outside a transaction`);
    }
    const followUps: AfterCommit[] = [];
    for (const handler of this.handlersOf(event)) {
      const followUp = await handler.handle(event, manager);
      if (followUp) followUps.push(followUp);
    }
    return async () => {
      for (const followUp of followUps) {
        try {
          await followUp();
        } catch (error) {
          this.logger.warn(
            `${event.constructor.name}: a follow-up after commit failed (${error instanceof Error ? error.message : String(error)})`,
          );
        }
      }
    };
  }

  private handlersOf(event: object): TransactionalEventHandler<object>[] {
    if (!this.handlers) {
      // Found once, on the first event: every provider exists by then.
      this.handlers = new Map();
      for (const wrapper of this.discovery.getProviders()) {
        const metatype = wrapper.metatype as unknown;
        const instance = wrapper.instance as TransactionalEventHandler<object> | undefined;
        if (!metatype || !instance) continue;
        const handled = Reflect.getMetadata(EVENT_HANDLER_KEY, metatype) as
          EventClass<object> | undefined;
        if (!handled) continue;
        const known = this.handlers.get(handled) ?? [];
        // A provider listed by two modules is one handler, run once.
        if (!known.includes(instance)) this.handlers.set(handled, [...known, instance]);
      }
    }
    return this.handlers.get(event.constructor as EventClass<object>) ?? [];
  }
}

/** Import where events are emitted; handlers need only `@HandlesEvent` on a provider. */
@Module({
  imports: [DiscoveryModule],
  providers: [TransactionalEvents],
  exports: [TransactionalEvents],
})
export class TransactionalEventsModule {}

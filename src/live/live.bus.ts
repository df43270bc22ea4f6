import { EventEmitter } from 'node:events';

/**
 * What live views hear about. `queue` is for the board's moderators only (an answer started or stopped waiting
 * for them); every other kind is about what readers see, and carries ids only: a stream looks up what
 * is published when it sends, so nothing held or removed can ride in an event.
 */
export type LiveEventKind = 'answer.published' | 'answer.removed' | 'answer.votes' | 'queue' | 'session';

export interface LiveEvent {
  kind: LiveEventKind;
  boardId: string;
  answerId?: string | null;
}

/** An event once numbered: streams send the number as the SSE id, and a reconnecting client asks for what came after it. */
export interface NumberedEvent extends LiveEvent {
  id: number;
}

/** Where events are numbered and kept (live.store.ts), or nothing: numbered in memory (tests that call actions directly). */
export interface EventStore {
  /** Stores the events in one write; resolves with them numbered, in order, once this instance should deliver them, or null when
   * another path delivers them (PostgreSQL's NOTIFY). */
  save(events: LiveEvent[]): Promise<NumberedEvent[] | null>;
}

/** Fan-out of changes to live views; actions publish only after their transaction commits. */
export class LiveBus {
  readonly #emitter = new EventEmitter().setMaxListeners(0);
  #last = 0;
  // Events leave in the order they were published. Those published while a write is under way wait and go together
  // in the next one: one write for a moment's events, not one each (on SQLite each write waits for a commit).
  #pending: LiveEvent[] = [];
  #flushing: Promise<void> | undefined;

  constructor(
    private readonly store?: EventStore,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  publish(event: LiveEvent): void {
    if (!this.store) {
      this.deliver({ ...event, id: ++this.#last });
      return;
    }
    this.#pending.push(event);
    this.#flushing ??= this.#flush(this.store);
  }

  async #flush(store: EventStore): Promise<void> {
    while (this.#pending.length > 0) {
      const events = this.#pending;
      this.#pending = [];
      try {
        for (const numbered of (await store.save(events)) ?? []) this.deliver(numbered);
      } catch (error) {
        // A live view missing an event is better than an action failing after its commit.
        this.onError(error);
      }
    }
    this.#flushing = undefined;
  }

  /** Hands a numbered event to this instance's listeners (the PostgreSQL listener calls it for every instance's events). */
  deliver(event: NumberedEvent): void {
    this.#emitter.emit('event', event);
  }

  subscribe(listener: (event: NumberedEvent) => void): () => void {
    this.#emitter.on('event', listener);
    return () => this.#emitter.off('event', listener);
  }

  /** Resolves once every event published so far is stored and delivered (tests, shutdown). */
  settled(): Promise<void> {
    return this.#flushing ?? Promise.resolve();
  }
}

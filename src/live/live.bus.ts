import { EventEmitter } from 'node:events';

export type LiveEvent = { kind: 'answer.published' | 'answer.removed'; boardId: string; answerId: string };

/** In-process fan-out of published changes; actions publish only after their transaction commits. */
export class LiveBus {
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  publish(event: LiveEvent): void {
    this.#emitter.emit('event', event);
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.#emitter.on('event', listener);
    return () => this.#emitter.off('event', listener);
  }
}

import type { ChildProcess } from 'node:child_process';

/**
 * The child's next IPC message of this type (and matching `match`); an error after `ms`, or if the child exits
 * first. `name` says which child in the error.
 */
export function nextMessage<T extends { type: string }>(
  child: ChildProcess,
  name: string,
  type: string,
  ms: number,
  match: (message: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`${name}: no "${type}" message within ${ms} ms`)), ms);
    const onMessage = (message: T) => message.type === type && match(message) && done(undefined, message);
    const onExit = (code: number | null) => done(new Error(`${name} exited (code ${code}) before sending "${type}"`));
    function done(err?: Error, message?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

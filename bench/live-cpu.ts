import fs from 'node:fs';
import os from 'node:os';

// CPU accounting for the live-viewers bench (Linux; undefined elsewhere).

/** A process's main thread, where its JavaScript runs: time on a CPU and time runnable but waiting for one, in ms. */
export function schedstat(pid: number | 'self' = 'self'): { runMs: number; waitMs: number } | undefined {
  try {
    const [run, wait] = fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return run === undefined || wait === undefined || Number.isNaN(run) || Number.isNaN(wait) ? undefined : { runMs: run / 1e6, waitMs: wait / 1e6 };
  } catch {
    return undefined;
  }
}

/** The machine's CPU time so far, busy and in all (every core), in ms. */
export function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const { user, nice, sys, irq, idle } = cpu.times;
    busy += user + nice + sys + irq;
    total += user + nice + sys + irq + idle;
  }
  return { busy, total };
}

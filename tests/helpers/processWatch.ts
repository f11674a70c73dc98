// What the hardening tests check at the end: the server that served the test is the same process
// (no crash hidden by a restart), and how much memory it holds.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ServerProcess } from './serverProcess.js';

/** Resident memory of `server`'s process in MB, read from /proc. */
export function rssMb(server: ServerProcess): number {
  const status = readFileSync(`/proc/${server.proc.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return kb / 1024;
}

/** Remembers the pid now; `check()` asserts the same process is still running and healthy. */
export function sameProcess(server: ServerProcess): { check(): Promise<void> } {
  const pid = server.proc.pid;
  return {
    async check() {
      expect(server.proc.pid).toBe(pid);
      expect(server.proc.exitCode).toBeNull();
      expect(server.proc.signalCode).toBeNull();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    },
  };
}

import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';

/** How long the worker's start-up work may take before the scenarios start anyway. */
const SETTLE_LIMIT_MS = 60_000;
/** Nothing new for this long: the worker is taken as idle. */
const QUIET_MS = 1_000;

/**
 * Waits until the worker has done what it does on its own at start (the deadline tasks raise a
 * notice to the agents for each answer and publication falling due on the dataset: their fan-outs
 * and e-mails), so that no scenario, and no ceiling, is measured beside that work: every outbox
 * event relayed, no e-mail waiting to be sent, and no notification or e-mail row written for a
 * second. Returns what it saw, for the log; gives up after a minute. It reads the database only
 * (not the queues): a job that ran more than a second before its first write would not be waited
 * for; the deadline tasks and fan-outs write within milliseconds.
 */
export async function workerSettled(db: Pool): Promise<string> {
  const began = performance.now();
  let last = '';
  let quietSince = performance.now();
  for (;;) {
    const {
      rows: [state],
    } = await db.query<{ unrelayed: number; pending: number; written: string }>(
      `SELECT (SELECT count(*)::int FROM outbox_event WHERE relayed_at IS NULL) AS unrelayed,
              (SELECT count(*)::int FROM notification_email WHERE status = 'PENDING') AS pending,
              (SELECT count(*) FROM notification) || '/' || (SELECT count(*) FROM notification_email) AS written`,
    );
    const seen = `${state.unrelayed}/${state.pending}/${state.written}`;
    if (seen !== last) [last, quietSince] = [seen, performance.now()];
    const waited = performance.now() - began;
    if (state.unrelayed === 0 && state.pending === 0 && performance.now() - quietSince >= QUIET_MS)
      return `worker idle after ${(waited / 1000).toFixed(1)} s (notifications/e-mail rows ${state.written})`;
    if (waited >= SETTLE_LIMIT_MS)
      return `worker still busy after ${SETTLE_LIMIT_MS / 1000} s (${state.unrelayed} events to relay, ${state.pending} e-mails to send): measuring anyway`;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

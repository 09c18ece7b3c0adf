import { AppConfig } from '@quorum/core';
import { bearer } from '../support/factories';
import { eventually, graphql, RunningApi, startApi, testConfig } from '../support/test-env';
import { ownPostgres, OwnPostgres } from './support/own-services';
import {
  auditChain,
  HotProposal,
  hotProposal,
  newOutcomes,
  SUPPORT,
  supportState,
  untilDone,
} from './support/load';

const SUPPORTERS = 60;
const THRESHOLD = 30;

/**
 * Fault 1: the database goes away under a load of supports and comes back. Every answer meanwhile
 * is a success or a clean SERVICE_UNAVAILABLE in French, readiness says 503, the API reconnects
 * by itself, and no support is lost, doubled or half-written.
 */
describe('Faults: PostgreSQL restarted under a load of supports', () => {
  let pg: OwnPostgres;
  let config: AppConfig;
  let api: RunningApi;
  let hot: HotProposal;

  beforeAll(async () => {
    pg = await ownPostgres();
    config = testConfig({ DATABASE_URL: pg.url });
    api = await startApi(config);
    hot = await hotProposal(api.url, config, pg.url, SUPPORTERS, THRESHOLD);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await pg?.remove();
  });

  const ready = async () => (await fetch(`${api.url}/health/ready`)).status;

  it('answers SERVICE_UNAVAILABLE meanwhile, recovers alone, and counts every support once', async () => {
    expect(await ready()).toBe(200);
    const outcomes = newOutcomes();
    let outage = Promise.resolve({ readyWhileDown: 0, graphqlWhileDown: undefined as unknown });
    let stopped = false;
    const supportOnce = async (i: number) => {
      // The first third goes in before the fault, the rest keeps coming while it lasts.
      if (i >= SUPPORTERS / 3) await new Promise((r) => setTimeout(r, (i % 7) * 15));
      const result = await untilDone(outcomes, () =>
        graphql(api.url, SUPPORT, { id: hot.id }, bearer(hot.supporters[i])),
      );
      if (i === Math.floor(SUPPORTERS / 3) && !stopped) {
        stopped = true;
        outage = (async () => {
          await pg.stop();
          const readyWhileDown = await ready();
          const r = await graphql(api.url, SUPPORT, { id: hot.id }, bearer(hot.supporters[0]));
          await new Promise((r) => setTimeout(r, 1500));
          await pg.start();
          return { readyWhileDown, graphqlWhileDown: r };
        })();
      }
      return result;
    };
    const first = await Promise.all(
      Array.from({ length: SUPPORTERS / 3 + 1 }, (_, i) => supportOnce(i)),
    );
    const rest = Array.from({ length: SUPPORTERS - first.length }, (_, i) =>
      supportOnce(first.length + i),
    );
    const down = await outage;
    await Promise.all(rest);

    expect(outcomes.unexpected).toEqual([]);
    expect(down.readyWhileDown).toBe(503);
    expect(down.graphqlWhileDown).toMatchObject({
      errors: [
        {
          message: expect.stringMatching(/indisponible/),
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    expect(outcomes.unavailable).toBeGreaterThan(0); // the load really met the fault
    await eventually(async () => (await ready()) === 200, 30_000);

    // Exact counts, no half-written change: one row per supporter, the counter agrees, the
    // qualification happened once with its event and audit line, the chain holds.
    expect(await supportState(pg.ownerUrl, hot.id)).toEqual({
      rows: SUPPORTERS,
      counter: SUPPORTERS,
      status: 'QUALIFIED',
      qualifiedEvents: 1,
      qualifiedAudits: 1,
    });
    expect(await auditChain(api.url)).toMatchObject({ valid: true });
    console.log(
      `PostgreSQL restart under load: ${outcomes.succeeded} supports, ${outcomes.unavailable} SERVICE_UNAVAILABLE answers meanwhile`,
    );
  }, 120_000);
});

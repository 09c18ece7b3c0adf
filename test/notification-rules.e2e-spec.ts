import { randomUUID } from 'node:crypto';
import { EMAIL_STATUSES, EmailStatus } from '@quorum/notifications';
import { AudienceRepository } from '../libs/notifications/src/fan-out/audience.repository';
import { NotificationEmailRepository } from '../libs/notifications/src/fan-out/notification-email.repository';
import { droppedWhenTurnedOff } from '../libs/notifications/src/rules/email-mode';
import { useDataSource } from './support/test-env';

/** Where a rule is applied by SQL (atomically), the SQL and the pure rule agree. */
describe('Notification rules and their SQL forms', () => {
  const database = useDataSource();
  const emails = new NotificationEmailRepository();

  it('dropWaiting drops exactly the e-mails droppedWhenTurnedOff names, of that type only', async () => {
    const accountId = randomUUID();
    const rows: { id: string; status: EmailStatus; forced: boolean; type: string }[] = [];
    let eventId = 0;
    for (const type of ['comment.replied', 'minutes.published'])
      for (const status of EMAIL_STATUSES)
        for (const forced of [false, true]) {
          eventId += 1;
          const [{ id }]: { id: string }[] = await database.dataSource.query(
            `WITH n AS (INSERT INTO notification (event_id, event_type, account_id, title, body, link)
                        VALUES ($1, $2, $3, 't', 'b', '/') RETURNING id, event_id, event_type, account_id)
             INSERT INTO notification_email (notification_id, event_id, event_type, account_id, status, forced)
             SELECT id, event_id, event_type, account_id, $4, $5 FROM n RETURNING id`,
            [eventId, type, accountId, status, forced],
          );
          rows.push({ id, status, forced, type });
        }
    await database.dataSource.transaction((em) =>
      emails.dropWaiting(em, accountId, ['comment.replied']),
    );
    const after: { id: string; status: EmailStatus }[] = await database.dataSource.query(
      `SELECT id, status FROM notification_email WHERE account_id = $1`,
      [accountId],
    );
    const statusOf = new Map(after.map((row) => [row.id, row.status]));
    for (const row of rows) {
      const dropped = row.type === 'comment.replied' && droppedWhenTurnedOff(row);
      expect({ ...row, now: statusOf.get(row.id) }).toEqual({
        ...row,
        now: dropped ? 'DROPPED' : row.status,
      });
    }
  });

  it('audience pages: whatever their size, each person once, with every relation they are named under', async () => {
    const audiences = new AudienceRepository();
    const people = Array.from({ length: 9 }, () => randomUUID()).sort();
    // Some named twice (member and follower), one three times; rows in no particular order.
    const named: [string, string][] = people.flatMap((id, i): [string, string][] =>
      i % 3 === 0
        ? [
            [id, 'FOLLOWER'],
            [id, 'MEMBER'],
          ]
        : i === 4
          ? [
              [id, 'FOLLOWER'],
              [id, 'FOLLOWER'],
              [id, 'SUPPORTER'],
            ]
          : [[id, 'FOLLOWER']],
    );
    named.reverse();
    const audience = {
      sql: `SELECT unnest($1::uuid[]) AS account_id, unnest($2::text[]) AS relation`,
      params: [named.map(([id]) => id), named.map(([, relation]) => relation)],
    };
    const expected = people.map((id) => ({
      account_id: id,
      relations: [...new Set(named.filter(([n]) => n === id).map(([, r]) => r))].sort(),
    }));
    for (const size of [1, 2, 3, 4, 5, 13, 100]) {
      const seen: { account_id: string; relations: string[] }[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const upTo: string | null = await audiences.pageEnd(
          database.dataSource.manager,
          audience,
          after,
          size,
        );
        const page = audiences.pageSql(audience, after, upTo);
        const rows: { account_id: string; relations: string[]; gone: boolean }[] =
          await database.dataSource.query(
            `SELECT account_id, relations, gone FROM (${page.people}) p ORDER BY account_id`,
            page.params,
          );
        expect(rows.every((row) => row.gone)).toBe(true); // no such accounts: they get nothing
        seen.push(...rows.map(({ account_id, relations }) => ({ account_id, relations })));
        if (!upTo) break;
        after = upTo;
      }
      expect({ size, seen }).toEqual({ size, seen: expected });
    }
  });
});

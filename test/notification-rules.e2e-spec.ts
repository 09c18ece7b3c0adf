import { randomUUID } from 'node:crypto';
import { EMAIL_STATUSES, EmailStatus } from '@quorum/notifications';
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
});

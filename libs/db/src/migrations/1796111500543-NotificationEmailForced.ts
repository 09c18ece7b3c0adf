import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail row records whether the fan-out forced it (a member's convocation), so turning a
 * type off drops a follower's waiting convocation and keeps a member's.
 */
export class NotificationEmailForced1796111500543 implements MigrationInterface {
  name = 'NotificationEmailForced1796111500543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_email" ADD "forced" boolean NOT NULL DEFAULT false`,
    );
    // Convocations still waiting: forced when their recipient is a member of the meeting's council.
    await queryRunner.query(
      `UPDATE notification_email e SET forced = true
         FROM outbox_event o JOIN meeting m ON m.id = (o.payload->>'meetingId')::uuid
        WHERE e.event_type = 'meeting.convened' AND e.status IN ('PENDING', 'DIGEST') AND o.id = e.event_id
          AND EXISTS (SELECT 1 FROM council_membership cm WHERE cm.council_id = m.council_id
                        AND cm.account_id = e.account_id AND cm.ended_at IS NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_email" DROP COLUMN "forced"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, review finding 4: a meeting held in a place of the register reads its accessibility
 * from the register each time (libs/places `meetingAccessibility`); its `accessibility_details`
 * keeps only what the chair wrote. The details scheduling used to copy from the register
 * ("non accessible (entrée, …)") are dropped, or they would contradict a place checked again.
 */
export class MeetingPlaceDetailsFromRegister1796479000000 implements MigrationInterface {
  name = 'MeetingPlaceDetailsFromRegister1796479000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE meeting SET accessibility_details = NULL
        WHERE place_id IS NOT NULL AND accessibility_details LIKE 'non accessible (%)'`,
    );
  }

  public async down(): Promise<void> {
    // Nothing to restore: the copied details are derived from the register when read.
  }
}

/** What a lib's repository hands `OutboxService.recordDeadlines`: its deadlines near, and the day. */
export interface DeadlinesNear {
  /** The town's day on the application's clock, as the database counts it. */
  today: string;
  deadlines: { id: string; due: string }[];
}

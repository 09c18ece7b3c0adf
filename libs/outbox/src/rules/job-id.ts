/**
 * The BullMQ id of an outbox event's job, `<event>-<outbox id>`: derived from the row, so a row
 * relayed twice (a crash between the enqueue and the stamp) is the same job, which BullMQ ignores.
 * BullMQ 6 refuses custom ids containing ':'.
 */
export function jobIdFor(type: string, outboxId: string): string {
  return `${type.replace(/:/g, '_')}-${outboxId}`;
}

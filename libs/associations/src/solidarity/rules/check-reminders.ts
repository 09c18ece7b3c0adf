import type { DeadlinePayload } from '@quorum/outbox';

/** An entry that reached a reminder stage in this run, with the partner that runs it (if any). */
export interface DueEntry {
  id: string;
  stage: DeadlinePayload['stage'];
  /** The association that runs it when that association is a PARTNER (the others cannot act). */
  partnerId: string | null;
}

/** One notice to send: a stage, its entries, and its audience (null: the agents). */
export interface ReminderGroup {
  stage: DeadlinePayload['stage'];
  associationId: string | null;
  entryIds: string[];
}

/**
 * The run's reminders grouped: one to the agents per stage, and one per stage to each partner
 * association's members for its own entries, however many entries reached it (an old import's
 * hundreds of entries must not make hundreds of e-mails per agent).
 */
export function reminderGroups(due: readonly DueEntry[]): ReminderGroup[] {
  const groups = new Map<string, ReminderGroup>();
  const add = (stage: DueEntry['stage'], associationId: string | null, id: string) => {
    const key = `${stage}/${associationId ?? ''}`;
    const group = groups.get(key) ?? { stage, associationId, entryIds: [] };
    group.entryIds.push(id);
    groups.set(key, group);
  };
  for (const entry of due) {
    add(entry.stage, null, entry.id);
    if (entry.partnerId) add(entry.stage, entry.partnerId, entry.id);
  }
  return [...groups.values()];
}

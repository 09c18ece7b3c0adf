import type { EntryStatus } from '../solidarity-entry.entity';

/** Who asks to change an entry: an agent, or someone acting for these partner associations. */
export interface EntryEditor {
  agent: boolean;
  /** The partner associations the person acts for (not pending, declined or suspended ones). */
  partnerIds: ReadonlySet<string>;
}

/**
 * Partners edit their own entries; agents edit every entry (issue 19). An entry run by a public
 * service (no association) is the town hall's.
 */
export const mayEdit = (editor: EntryEditor, entry: { associationId: string | null }): boolean =>
  editor.agent || (entry.associationId !== null && editor.partnerIds.has(entry.associationId));

/** Only agents publish or withdraw; a partner's new entry waits for them as a draft. */
export const statusOfNewEntry = (editor: EntryEditor, publish: boolean): EntryStatus =>
  editor.agent && publish ? 'PUBLISHED' : 'DRAFT';

/** Who sees an entry: the public once it is published; its editors before and after. */
export const entryVisibleTo = (
  editor: EntryEditor,
  entry: { associationId: string | null; status: EntryStatus },
): boolean => entry.status === 'PUBLISHED' || mayEdit(editor, entry);

/** A Soliguide page: https://soliguide.fr/… (the national directory; any of its pages). */
export const isSoliguideUrl = (url: string): boolean =>
  /^https:\/\/(www\.)?soliguide\.fr\/\S*$/.test(url);

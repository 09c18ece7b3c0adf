/**
 * The API names attendance problems by their place in the input (`input.entries.2.proxyHolderId`);
 * the meeting-day form names its fields by member (`proxy-<accountId>`). This puts each API
 * field error next to the member's field it is about, so it shows there and in the summary.
 */
export interface AttendanceFieldError {
  field: string;
  message: string;
}

export function attendanceFields(
  fields: AttendanceFieldError[],
  accountIds: string[],
): AttendanceFieldError[] {
  return fields.flatMap((f) => {
    const match = /^input\.entries\.(\d+)(?:\.(accountId|proxyHolderId|status))?$/.exec(f.field);
    const accountId = match ? accountIds[Number(match[1])] : undefined;
    if (!match || !accountId) return [];
    // A proxy problem (the holder, or the entry as a whole: a holder absent or holding two) is
    // about the "pouvoir confié à" field; the rest about the member's presence.
    const onProxy = match[2] === 'proxyHolderId' || match[2] === undefined;
    const message = `${f.message.charAt(0).toUpperCase()}${f.message.slice(1)}.`;
    return [{ field: `${onProxy ? 'proxy' : 'status'}-${accountId}`, message }];
  });
}

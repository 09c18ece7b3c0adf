import { attendanceRefused, meetingWrongState, MEETINGS_ERROR_REASONS } from './meetings.errors';

describe('the meetings’ error catalogue', () => {
  it('says a wrong state with the shared wording, naming the state in French', () => {
    const error = meetingWrongState('CLOSED', { fr: 'l’ouvrir', en: 'open it' });
    expect(error.text).toEqual({
      fr: 'Impossible de l’ouvrir : la séance est close.',
      en: 'Cannot open it: the meeting is closed.',
    });
    expect(error.details).toMatchObject({ reason: 'MEETING_CLOSED' });
  });

  it('puts each attendance problem on the field of the entry it comes from', () => {
    expect(attendanceRefused({ entry: 2, problem: 'PROXY_TO_ONESELF' }).details).toMatchObject({
      fields: [{ field: 'input.entries.2.proxyHolderId' }],
    });
    expect(attendanceRefused({ entry: null, problem: 'ONE_PROXY_EACH' }).details).toMatchObject({
      fields: [{ field: 'input.entries' }],
    });
  });

  it('lists the reasons of minutes put on an agenda in another state than SUBMITTED', () => {
    for (const state of ['DRAFT', 'ADOPTED', 'PUBLISHED'])
      expect(MEETINGS_ERROR_REASONS).toContain(`MINUTES_${state}`);
  });
});

import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CancelMeetingInput, ScheduleMeetingInput } from './meeting.inputs';

const COUNCIL = '6f1c2a4e-1b7d-4c3e-9a2f-0d5e8b7c6a11';
const meeting = {
  councilId: COUNCIL,
  startsAt: '2026-06-01T18:30:00+02:00',
  place: 'Salle des fêtes, 2 place de la Mairie',
  accessible: true,
  isPublic: true,
};

/** The fields an input refuses, validated as the app's ValidationPipe does (transform, whitelist). */
async function refused<T extends object>(
  type: new () => T,
  plain: Record<string, unknown>,
): Promise<string[]> {
  const errors = await validate(plainToInstance(type, plain), { whitelist: true });
  return errors.map((e) => e.property).sort();
}

describe('What a meeting is (SPEC §4): a place, a date, its accessibility, public or closed', () => {
  it('is scheduled with a place, a date and time, whether it is accessible, and whether it is public', async () => {
    expect(await refused(ScheduleMeetingInput, meeting)).toEqual([]);
    expect(plainToInstance(ScheduleMeetingInput, meeting).startsAt).toEqual(
      new Date('2026-06-01T16:30:00Z'),
    );
  });

  it('needs each of them (the place and its accessibility: the service, when no placeId)', async () => {
    for (const field of ['startsAt', 'isPublic'] as const) {
      const { [field]: _left, ...rest } = meeting;
      expect(await refused(ScheduleMeetingInput, rest)).toEqual([field]);
    }
  });

  it('has a place of 3 to 300 characters, the spaces around it not counted', async () => {
    expect(await refused(ScheduleMeetingInput, { ...meeting, place: '  Ici  ' })).toEqual([]);
    expect(await refused(ScheduleMeetingInput, { ...meeting, place: '  Là  ' })).toEqual(['place']);
    expect(await refused(ScheduleMeetingInput, { ...meeting, place: 'a'.repeat(301) })).toEqual([
      'place',
    ]);
  });

  it('says yes or no to reduced mobility, with details if wanted (up to 1,000 characters)', async () => {
    expect(await refused(ScheduleMeetingInput, { ...meeting, accessible: 'oui' })).toEqual([
      'accessible',
    ]);
    const details = 'Rampe côté parking, ascenseur jusqu’à la salle.';
    expect(
      await refused(ScheduleMeetingInput, {
        ...meeting,
        accessible: false,
        accessibilityDetails: details,
      }),
    ).toEqual([]);
    expect(
      await refused(ScheduleMeetingInput, { ...meeting, accessibilityDetails: 'a'.repeat(1001) }),
    ).toEqual(['accessibilityDetails']);
  });

  it('refuses a date that is not one', async () => {
    expect(await refused(ScheduleMeetingInput, { ...meeting, startsAt: 'lundi prochain' })).toEqual(
      ['startsAt'],
    );
  });

  it('is cancelled with a reason of 5 to 1,000 characters', async () => {
    const meetingId = '0b7c6a11-6f1c-4a4e-9b7d-2a4e1b7d4c3e';
    expect(await refused(CancelMeetingInput, { meetingId, reason: 'Salle indisponible' })).toEqual(
      [],
    );
    expect(await refused(CancelMeetingInput, { meetingId, reason: '  non  ' })).toEqual(['reason']);
    expect(await refused(CancelMeetingInput, { meetingId })).toEqual(['reason']);
    expect(await refused(CancelMeetingInput, { meetingId, reason: 'a'.repeat(1001) })).toEqual([
      'reason',
    ]);
  });
});

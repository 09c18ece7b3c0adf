import { MeetingPlace, PlacesService } from '@quorum/places';
import { Meeting } from './meeting.types';
import { MeetingsResolver } from './meetings.resolver';

const placeOf = (id: string): MeetingPlace => ({
  id,
  name: `Salle ${id}`,
  address: '1 place de la Mairie',
  overall: 'ACCESSIBLE' as MeetingPlace['overall'],
  notAccessible: [],
  warning: null,
});

describe('A meeting’s registered place', () => {
  it('comes for every meeting of a list in one call to places, whatever their number', async () => {
    const forMeetings = jest.fn(async (ids: readonly string[]) =>
      ids.map((id) => (id === 'gone' ? null : placeOf(id))),
    );
    const places = { forMeetings } as unknown as PlacesService;
    const resolver = new MeetingsResolver(
      null as never,
      null as never,
      null as never,
      null as never,
      places,
    );
    const context = { req: {} };
    const meeting = (placeId: string | null) => ({ placeId }) as Meeting;
    const seen = await Promise.all(
      ['a', 'b', null, 'a', 'gone'].map((id) => resolver.registeredPlace(meeting(id), context)),
    );
    expect(seen.map((p) => p?.id ?? null)).toEqual(['a', 'b', null, 'a', null]);
    expect(forMeetings).toHaveBeenCalledTimes(1);
    expect(forMeetings).toHaveBeenCalledWith(['a', 'b', 'gone']);
  });
});

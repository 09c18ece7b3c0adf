import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { call } from '$lib/server/api';
import { failWith, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  AccountabilityDocument,
  MeetingMinutesDocument,
  PublishMinutesDocument,
} from '$lib/server/operations';
import { townHallOnly } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const { accountability } = await query(event, AccountabilityDocument, {});
  const withCouncil = <T>(list: (c: (typeof accountability.councils)[number]) => T[]) =>
    accountability.councils.flatMap((c) =>
      list(c).map((item) => ({ ...item, council: { name: c.name, slug: c.slug } })),
    );
  // Overdue first (latest first, as the API gives them), then those still on time.
  const toPublish = [
    ...withCouncil((c) => c.minutesOverdue),
    ...withCouncil((c) => c.minutesAwaitingPublication),
  ];
  const published = withCouncil((c) => c.minutesPublished)
    .sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''))
    .slice(0, 20);

  // Just published: its hash, read back from the meeting's record.
  let justPublished = null;
  const id = event.url.searchParams.get('publie');
  const meetingId = event.url.searchParams.get('seance');
  if (id && meetingId) {
    const { meeting } = await query(event, MeetingMinutesDocument, { id: meetingId });
    const v = meeting.minutes.find((m) => m.id === id);
    if (v?.contentHash)
      justPublished = {
        id: v.id,
        version: v.version,
        contentHash: v.contentHash,
        meetingId: meeting.id,
        startsAt: meeting.startsAt,
      };
  }
  return {
    title: 'Procès-verbaux à publier',
    today: accountability.today,
    toPublish,
    published,
    justPublished,
  };
};

async function alreadyPublished(event: RequestEvent, meetingId: string, minutesId: string) {
  const r = await call(MeetingMinutesDocument, { id: meetingId }, as(event));
  return r.ok && r.data.meeting.minutes.some((m) => m.id === minutesId && m.status === 'PUBLISHED');
}

export const actions: Actions = {
  publish: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const id = text(form, 'minutesId');
    const r = await call(PublishMinutesDocument, { id }, as(event));
    if (!r.ok) {
      // A second tap (or a resent form) finds them published by the first: that is the success
      // the person asked for, with its SHA-256, not an error that hides it.
      const meetingId = text(form, 'meetingId');
      if (meetingId && (await alreadyPublished(event, meetingId, id)))
        redirect(303, `/mairie/proces-verbaux?publie=${id}&seance=${meetingId}`);
      return failWith(r.error, {});
    }
    const m = r.data.publishMinutes;
    redirect(303, `/mairie/proces-verbaux?publie=${m.id}&seance=${m.meetingId}`);
  },
};

import { renderMarkdown } from '@quorum/core';
import { composeDocument, composeRecord, sha256Hex } from '@quorum/meetings';
// A script, not a lib: it reads a meeting's row and read model as the services do, straight from
// meetings' repositories, which the lib's index keeps to itself.
import { MeetingRepository } from '../libs/meetings/src/meeting.repository';
import { MeetingViewRepository } from '../libs/meetings/src/meeting-view.repository';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';

interface Member {
  account_id: string;
  role: string;
  college: string;
  political_group: string | null;
  display_name: string;
}

/**
 * Demo meetings of the centre-ville council: three past ones (the first one's minutes published,
 * the second's adopted and awaiting publication, the third's a draft) and a convened upcoming one
 * with an opposition item. Written as the services would, through the same record and hash.
 */
export async function seedMeetings(em: EntityManager, audit: AuditService): Promise<void> {
  const [council]: { id: string; name: string }[] = await em.query(
    `SELECT id, name FROM council WHERE slug = 'centre-ville'`,
  );
  const members: Member[] = await em.query(
    `SELECT m.account_id, m.role, m.college, m.political_group, a.display_name
       FROM council_membership m JOIN account a ON a.id = m.account_id
      WHERE m.council_id = $1 AND m.ended_at IS NULL ORDER BY a.display_name`,
    [council.id],
  );
  const chair = members.find((m) => m.role === 'CHAIR')!;
  const secretary = members.find((m) => m.role === 'SECRETARY') ?? chair;
  const opposition = members.find((m) => m.college === 'ELECTED_OPPOSITION')!;
  const [agent]: { id: string }[] = await em.query(
    `SELECT id FROM account WHERE role = 'AGENT' ORDER BY created_at LIMIT 1`,
  );
  const proposal = async (title: string) =>
    ((await em.query(`SELECT id FROM proposal WHERE title = $1`, [title])) as { id: string }[])[0]
      .id;

  const meeting = async (days: number, status: string, place: string): Promise<string> => {
    const quorum = Math.floor(members.length / 2) + 1;
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO meeting (council_id, status, starts_at, place, accessible, accessibility_details, is_public,
         scheduled_by, convened_at, opened_at, closed_at, members_in_office, quorum_required, chaired_by)
       VALUES ($1, $2, date_trunc('day', now()) + make_interval(days => $3) + interval '18 hours 30 minutes',
         $4, true, 'Entrée de plain-pied, boucle magnétique', true, $5,
         now() + make_interval(days => $3 - 10),
         CASE WHEN $2 = 'CLOSED' THEN now() + make_interval(days => $3) END,
         CASE WHEN $2 = 'CLOSED' THEN now() + make_interval(days => $3) + interval '2 hours' END,
         CASE WHEN $2 = 'CLOSED' THEN $6::int END, CASE WHEN $2 = 'CLOSED' THEN $7::int END,
         CASE WHEN $2 = 'CLOSED' THEN $5::uuid END)
       RETURNING id`,
      [council.id, status, days, place, chair.account_id, members.length, quorum],
    );
    return id;
  };
  let position = 0;
  const item = async (
    meetingId: string,
    kind: string,
    title: string,
    refs: { proposalId?: string; minutesId?: string; addedBy?: string } = {},
  ): Promise<string> => {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO agenda_item (meeting_id, position, kind, title, proposal_id, minutes_id, added_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        meetingId,
        ++position,
        kind,
        title,
        refs.proposalId ?? null,
        refs.minutesId ?? null,
        refs.addedBy ?? chair.account_id,
      ],
    );
    return id;
  };
  // Everyone present but the last member, who gives a proxy to the chair.
  const attend = async (meetingId: string) => {
    const absent = members[members.length - 1];
    for (const m of members) {
      const represented = m === absent;
      await em.query(
        `INSERT INTO attendance (meeting_id, account_id, status, proxy_holder_id) VALUES ($1, $2, $3, $4)`,
        [
          meetingId,
          m.account_id,
          represented ? 'REPRESENTED' : 'PRESENT',
          represented ? chair.account_id : null,
        ],
      );
    }
  };
  /** A closed ballot; `against` members (from the end of the list) vote against, the others for. */
  const ballot = async (meetingId: string, itemId: string, secret: boolean, against: number) => {
    const forCount = members.length - against;
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO ballot (meeting_id, agenda_item_id, secret, status, opened_at)
       VALUES ($1, $2, $3, 'OPEN', (SELECT starts_at + interval '20 minutes' FROM meeting WHERE id = $1)) RETURNING id`,
      [meetingId, itemId, secret],
    );
    for (const [i, m] of members.entries()) {
      const castBy = i === members.length - 1 ? chair.account_id : m.account_id;
      if (secret) {
        await em.query(
          `INSERT INTO ballot_voter (ballot_id, voter_id, cast_by) VALUES ($1, $2, $3)`,
          [id, m.account_id, castBy],
        );
      } else {
        await em.query(
          `INSERT INTO ballot_vote (ballot_id, voter_id, cast_by, choice) VALUES ($1, $2, $3, $4)`,
          [id, m.account_id, castBy, i >= forCount ? 'AGAINST' : 'FOR'],
        );
      }
    }
    if (secret) {
      await em.query(
        `INSERT INTO ballot_secret_tally (ballot_id, for_count, against_count) VALUES ($1, $2, $3)`,
        [id, forCount, against],
      );
    }
    await em.query(
      `UPDATE ballot SET status = 'CLOSED', closed_at = opened_at, present_count = $2, quorum_required = $3,
              quorum_held = true, for_count = $4::int, against_count = $5::int, abstain_count = 0,
              adopted = $4::int > $5::int
        WHERE id = $1`,
      [id, members.length, Math.floor(members.length / 2) + 1, forCount, against],
    );
    return id;
  };
  const record = async (meetingId: string) => {
    const row = await new MeetingRepository().row(em, meetingId);
    const [view] = await new MeetingViewRepository().views(em, row ? [row] : []);
    return composeRecord(view, council.name, chair.display_name);
  };
  const minutes = async (meetingId: string, summary: string): Promise<string> => {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO minutes (meeting_id, council_id, version, status, record_markdown, summary_markdown, drafted_by)
       VALUES ($1, $2, 1, 'DRAFT', $3, $4, $5) RETURNING id`,
      [meetingId, council.id, await record(meetingId), summary, secretary.account_id],
    );
    return id;
  };

  // 1. Sixty days ago: a town-hall item and the opposition's; minutes published since.
  const first = await meeting(-60, 'CLOSED', 'Maison des associations, salle Louise-Michel');
  const budget = await item(first, 'TOWN_HALL', 'Budget participatif 2027 : calendrier');
  await item(first, 'OPPOSITION', 'Fermeture du bureau de poste', {
    addedBy: opposition.account_id,
  });
  await attend(first);
  await ballot(first, budget, false, 1);
  const firstMinutes = await minutes(
    first,
    'Le calendrier du budget participatif a été présenté par la mairie. L’opposition a demandé une pétition pour le bureau de poste.',
  );
  const statement =
    'Nous demandons que la mairie s’engage **par écrit** sur le maintien du bureau de poste.';
  await em.query(
    `INSERT INTO opposition_statement (council_id, author_id, political_group, minutes_id, body_markdown, body_html)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      council.id,
      opposition.account_id,
      opposition.political_group ?? '',
      firstMinutes,
      statement,
      renderMarkdown(statement),
    ],
  );

  // 2. Thirty days ago: the first minutes adopted; its own minutes adopted at the third.
  position = 0;
  const second = await meeting(-30, 'CLOSED', 'Maison des associations, salle Louise-Michel');
  await em.query(
    `UPDATE minutes SET status = 'SUBMITTED', submitted_at = now() - interval '50 days' WHERE id = $1`,
    [firstMinutes],
  );
  const adoptFirst = await item(
    second,
    'MINUTES',
    'Adoption du procès-verbal de la séance précédente',
    {
      minutesId: firstMinutes,
    },
  );
  await item(second, 'QUESTION', 'Questions des habitant·es');
  await attend(second);
  const adoptedBy = await ballot(second, adoptFirst, false, 0);
  await em.query(
    `UPDATE minutes SET status = 'ADOPTED', adopted_at = now() - interval '30 days', adopted_by_ballot_id = $2,
            publication_due = current_date - 23 WHERE id = $1`,
    [firstMinutes, adoptedBy],
  );
  const statements: { authorName: string; politicalGroup: string; body: string }[] = [
    {
      authorName: opposition.display_name,
      politicalGroup: opposition.political_group ?? '',
      body: statement,
    },
  ];
  const [{ record_markdown, summary_markdown }]: {
    record_markdown: string;
    summary_markdown: string;
  }[] = await em.query(`SELECT record_markdown, summary_markdown FROM minutes WHERE id = $1`, [
    firstMinutes,
  ]);
  const document = composeDocument(record_markdown, summary_markdown, statements);
  await em.query(
    `UPDATE minutes SET status = 'PUBLISHED', published_at = now() - interval '26 days', published_by = $2,
            document = $3, content_hash = $4 WHERE id = $1`,
    [firstMinutes, agent?.id ?? chair.account_id, document, sha256Hex(document)],
  );
  const secondMinutes = await minutes(
    second,
    'Les habitant·es ont posé des questions sur la propreté des rues.',
  );

  // 3. Five days ago: the proposals decided, the second minutes adopted (awaiting publication).
  position = 0;
  const third = await meeting(-5, 'CLOSED', 'Mairie annexe, salle du conseil');
  await em.query(
    `UPDATE minutes SET status = 'SUBMITTED', submitted_at = now() - interval '20 days' WHERE id = $1`,
    [secondMinutes],
  );
  const adoptSecond = await item(
    third,
    'MINUTES',
    'Adoption du procès-verbal de la séance précédente',
    {
      minutesId: secondMinutes,
    },
  );
  const racks = await proposal('Des arceaux vélo devant la médiathèque');
  const parking = await proposal('Un parking en sous-sol sous la place');
  const racksItem = await item(
    third,
    'QUALIFIED_PROPOSAL',
    'Des arceaux vélo devant la médiathèque',
    {
      proposalId: racks,
    },
  );
  const parkingItem = await item(
    third,
    'QUALIFIED_PROPOSAL',
    'Un parking en sous-sol sous la place',
    {
      proposalId: parking,
    },
  );
  await attend(third);
  const adoptedSecond = await ballot(third, adoptSecond, false, 0);
  await ballot(third, racksItem, false, 1);
  await ballot(third, parkingItem, true, Math.ceil(members.length / 2) + 1);
  await em.query(
    `UPDATE minutes SET status = 'ADOPTED', adopted_at = now() - interval '5 days', adopted_by_ballot_id = $2,
            publication_due = current_date + 2 WHERE id = $1`,
    [secondMinutes, adoptedSecond],
  );
  await minutes(
    third,
    'Les arceaux vélo sont adoptés ; le parking souterrain est rejeté au scrutin secret.',
  );

  // 4. In twelve days, convened: a proposal on the agenda, a town-hall item, the opposition's item.
  position = 0;
  const next = await meeting(12, 'CONVENED', 'Mairie annexe, salle du conseil');
  await item(next, 'QUALIFIED_PROPOSAL', 'Des bancs place du Marché', {
    proposalId: await proposal('Des bancs place du Marché'),
  });
  await item(next, 'TOWN_HALL', 'Travaux de la rue de la Gare : point d’étape');
  await item(next, 'OPPOSITION', 'Horaires de la médiathèque', { addedBy: opposition.account_id });

  // Events for the worker to fan out at its first start: the demo's followers and members find
  // them in their notifications, and their e-mails in the mail catcher.
  await em.query(
    `INSERT INTO outbox_event (type, payload) VALUES ('minutes.published', $1), ('meeting.convened', $2)`,
    [
      JSON.stringify({ minutesId: firstMinutes }),
      JSON.stringify({ meetingId: next, agendaUpdate: false }),
    ],
  );
  for (const id of [first, second, third, next]) {
    await audit.record(em, { action: 'meeting.demo-seeded', objectType: 'meeting', objectId: id });
  }
}

/**
 * A meeting of the centre-ville council to play through the API at once: convened a week ago,
 * starting within the hour (it can be opened now), with two town-hall items to vote on. The demo
 * seeds one; `npm run demo:meeting` adds another whenever it is wanted.
 */
export async function seedPracticeMeeting(
  em: EntityManager,
  audit: AuditService,
): Promise<{ id: string; chairEmail: string }> {
  const [council]: { id: string }[] = await em.query(
    `SELECT id FROM council WHERE slug = 'centre-ville'`,
  );
  if (!council)
    throw new Error('No centre-ville council: seed the demo data first (npm run seed).');
  const [chair]: { account_id: string; email: string }[] = await em.query(
    `SELECT m.account_id, a.email FROM council_membership m JOIN account a ON a.id = m.account_id
      WHERE m.council_id = $1 AND m.role = 'CHAIR' AND m.ended_at IS NULL`,
    [council.id],
  );
  const [{ id }]: { id: string }[] = await em.query(
    `INSERT INTO meeting (council_id, status, starts_at, place, accessible, accessibility_details, is_public,
       scheduled_by, convened_at)
     VALUES ($1, 'CONVENED', date_trunc('minute', clock_now()) + interval '30 minutes', 'Mairie, salle des mariages',
       true, 'Ascenseur depuis le hall', true, $2, clock_now() - interval '7 days')
     RETURNING id`,
    [council.id, chair.account_id],
  );
  const titles = [
    'Séance d’essai : fleurissement des pieds d’arbres',
    'Séance d’essai : horaires du square',
  ];
  for (const [i, title] of titles.entries()) {
    await em.query(
      `INSERT INTO agenda_item (meeting_id, position, kind, title, added_by) VALUES ($1, $2, 'TOWN_HALL', $3, $4)`,
      [id, i + 1, title, chair.account_id],
    );
  }
  await audit.record(em, { action: 'meeting.demo-seeded', objectType: 'meeting', objectId: id });
  return { id, chairEmail: chair.email };
}

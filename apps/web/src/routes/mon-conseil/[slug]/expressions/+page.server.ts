import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import { myCouncil } from '$lib/server/memberships';
import {
  AddStatementDocument,
  StatementTargetsDocument,
  UpdateStatementDocument,
} from '$lib/server/operations';
import type { StatementFieldsFragment } from '$lib/gql/graphql';
import { dateTime } from '$lib/format';

const MINUTES_STATUS: Record<string, string> = {
  DRAFT: 'brouillon',
  SUBMITTED: 'soumis à l’adoption',
  ADOPTED: 'adopté, à publier',
};

const FORBIDDEN =
  'Vous n’avez pas le droit d’écrire une expression de l’opposition\u00a0: seul·es les élu·es de l’opposition du conseil le font.';

interface Target {
  /** The minutes' or the proposal's id, the form's key. */
  id: string;
  kind: 'minutes' | 'answer';
  label: string;
  link: string;
  mine: StatementFieldsFragment | null;
  others: StatementFieldsFragment[];
}

export const load: PageServerLoad = async (event) => {
  const { me, council } = await myCouncil(event, { slug: event.params.slug });
  if (!council.opposition) error(403, { message: FORBIDDEN, code: 'FORBIDDEN' });
  const data = await query(event, StatementTargetsDocument, { councilId: council.id });
  const split = (statements: StatementFieldsFragment[]) => ({
    mine: statements.find((s) => s.authorId === me.id) ?? null,
    others: statements.filter((s) => s.authorId !== me.id),
  });
  // Minutes take statements until they are published.
  const minutes: Target[] = data.meetings.edges.flatMap(({ node: meeting }) =>
    meeting.minutes
      .filter((v) => v.status !== 'PUBLISHED')
      .map((v) => ({
        id: v.id,
        kind: 'minutes' as const,
        label: `Procès-verbal de la séance du ${dateTime(meeting.startsAt)}, version ${v.version} (${MINUTES_STATUS[v.status] ?? v.status})`,
        link: `/seances/${meeting.id}`,
        ...split(v.oppositionStatements),
      })),
  );
  const answers: Target[] = [...data.answered.edges, ...data.implemented.edges].map(
    ({ node: p }) => ({
      id: p.id,
      kind: 'answer' as const,
      label: p.title,
      link: `/propositions/${p.id}`,
      ...split(p.oppositionStatements),
    }),
  );
  return {
    title: `Expressions de l’opposition – ${council.name}`,
    council: { name: council.name, slug: council.slug },
    minutes,
    answers,
    saved: event.url.searchParams.get('enregistree'),
  };
};

export const actions: Actions = {
  /** A statement on minutes not yet published (kind=minutes) or on an official answer. */
  save: async (event) => {
    await myCouncil(event, { slug: event.params.slug });
    const form = await event.request.formData();
    const values = {
      target: text(form, 'target'),
      kind: text(form, 'kind'),
      body: text(form, 'body'),
      statementId: text(form, 'statementId'),
    };
    if (!values.body)
      return invalid([{ field: 'body', message: 'Écrivez le texte de l’expression.' }], values);
    const r = values.statementId
      ? await call(
          UpdateStatementDocument,
          { input: { statementId: values.statementId, body: values.body } },
          as(event),
        )
      : await call(
          AddStatementDocument,
          {
            input:
              values.kind === 'answer'
                ? { proposalId: values.target, body: values.body }
                : { minutesId: values.target, body: values.body },
          },
          as(event),
        );
    if (!r.ok) return failWith(r.error, values);
    redirect(
      303,
      `/mon-conseil/${event.params.slug}/expressions?enregistree=${encodeURIComponent(values.target)}#cible-${encodeURIComponent(values.target)}`,
    );
  },
};

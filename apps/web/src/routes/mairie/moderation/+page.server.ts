import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { ModerationAction, ReportableType } from '$lib/gql/graphql';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import { ModerateContentDocument, ModerationPageDocument } from '$lib/server/operations';
import { townHallOnly } from '$lib/server/town-hall';

const reasonOf = (after: unknown): string => {
  const reason = after && typeof after === 'object' ? (after as { reason?: unknown }).reason : '';
  return typeof reason === 'string' ? reason : '';
};

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const d = await query(event, ModerationPageDocument, {});
  const queued = new Set(d.moderationQueue.map((item) => item.targetId));
  // What the agents hid lately and did not restore since (the log is newest first): it leaves
  // the queue once reviewed, and is restored from here.
  const lastRestore = new Map<string, string>();
  for (const { node } of d.restores.edges)
    if (node.objectId && node.occurredAt && !lastRestore.has(node.objectId))
      lastRestore.set(node.objectId, node.occurredAt);
  const seen = new Set<string>();
  const hidden = d.hides.edges
    .map((e) => e.node)
    .filter((node) => {
      if (!node.objectId || seen.has(node.objectId)) return false;
      seen.add(node.objectId);
      const restored = lastRestore.get(node.objectId);
      return (
        !queued.has(node.objectId) && !(restored && node.occurredAt && restored > node.occurredAt)
      );
    })
    .map((node) => ({
      targetType: (node.objectType === 'comment' ? 'COMMENT' : 'PROPOSAL') as ReportableType,
      targetId: node.objectId!,
      hiddenAt: node.occurredAt ?? '',
      reason: reasonOf(node.after),
    }));
  const params = event.url.searchParams;
  return {
    title: 'Modération',
    queue: d.moderationQueue,
    hidden,
    done:
      params.get('fait') === 'masque'
        ? 'HIDE'
        : params.get('fait') === 'restaure'
          ? 'RESTORE'
          : null,
  };
};

export const actions: Actions = {
  moderate: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const targetId = text(form, 'targetId');
    const targetType = (
      text(form, 'targetType') === 'COMMENT' ? 'COMMENT' : 'PROPOSAL'
    ) as ReportableType;
    const action = (text(form, 'action') === 'RESTORE' ? 'RESTORE' : 'HIDE') as ModerationAction;
    const reasonField = `motif-${targetId}`;
    const reason = text(form, reasonField);
    const values = { [reasonField]: reason };
    if (!reason)
      return invalid(
        [{ field: reasonField, message: 'Écrivez le motif public de votre décision.' }],
        values,
      );
    const r = await call(
      ModerateContentDocument,
      { input: { targetId, targetType, action, reason } },
      as(event),
    );
    if (!r.ok) {
      const fields = r.error.fields.map((f) =>
        f.field === 'reason' ? { ...f, field: reasonField } : f,
      );
      return failWith({ ...r.error, fields }, values);
    }
    redirect(303, `/mairie/moderation?fait=${action === 'HIDE' ? 'masque' : 'restaure'}`);
  },
};

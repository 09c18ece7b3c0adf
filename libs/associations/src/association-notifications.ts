import { Injectable } from '@nestjs/common';
import { audiences, notice, NotifiesOn } from '@quorum/notifications';
import { AssociationEventPayload, AssociationMemberEventPayload } from '@quorum/outbox';
import { ADDED_MEMBER_AUDIENCE, AssociationRepository } from './association.repository';

/** Stateless: the sources below are classes built when this file loads, before any injection. */
const rows = new AssociationRepository();

/**
 * To an account someone added to an association's members (any member may add any account by its
 * public id): it now acts on the association's behalf, and can leave it from the association's page.
 * Nothing is sent once it has left already.
 */
@Injectable()
@NotifiesOn('association.member-added')
export class AssociationMemberAddedNotice extends notice(
  (p: AssociationMemberEventPayload) => ({
    sql: ADDED_MEMBER_AUDIENCE,
    params: [p.accountId, p.associationId],
  }),
  (em, p: AssociationMemberEventPayload) => rows.noticeFacts(em, p.associationId, p.addedBy),
  (f, p) => ({
    title: `Vous avez été ajouté à une association\u00a0: ${f.name}`,
    body: `${f.by ?? 'Un membre'} vous a ajouté aux membres de l’association «\u202f${f.name}\u202f»\u202f: vous agissez désormais en son nom. Si vous ne le souhaitez pas, quittez-la depuis la page de l’association.`,
    path: `/associations/${p.associationId}`,
  }),
) {}

/** To the agents: a partner's name or fields changed, by one of its members (live at once). */
@Injectable()
@NotifiesOn('association.partner-changed')
export class AssociationPartnerChangedNotice extends notice(
  () => ({ sql: audiences.agents(), params: [] }),
  (em, p: AssociationEventPayload) => rows.noticeFacts(em, p.associationId, null),
  (f, p) => ({
    title: `Association partenaire modifiée\u00a0: ${f.name}`,
    body: `Un membre de l’association partenaire «\u202f${f.name}\u202f» a changé son nom ou ses domaines d’action. Vérifiez que le partenariat approuvé vaut toujours.`,
    path: `/associations/${p.associationId}`,
  }),
) {}

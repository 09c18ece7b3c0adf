import { EntityManager } from 'typeorm';

/**
 * What proposals asks of whoever keeps the agendas (meetings provides it): when a proposal
 * qualifies, the council's qualified proposals go on its next meeting not convened yet, in the
 * transaction where it qualified. Declared here because meetings depends on proposals, not the
 * other way round; bound to AGENDA_PLACEMENT by the meetings lib, with no default, so an app
 * that serves supports without binding it refuses to start.
 */
export interface AgendaPlacement {
  placeWaitingProposals(em: EntityManager, councilId: string): Promise<void>;
}

export const AGENDA_PLACEMENT = Symbol('AgendaPlacement');

// French words for the works pages (shared by /travaux and /mairie/travaux).
export const PHASE: Record<string, string> = {
  COMING: 'À venir',
  CURRENT: 'En cours',
  FINISHED: 'Terminés',
};

export const PROBLEM: Record<string, string> = {
  BLOCKED: 'Déviation bloquée',
  DANGEROUS: 'Déviation dangereuse',
  NOT_ACCESSIBLE: 'Déviation non accessible',
};

export const accessibleText = (accessible: boolean) =>
  accessible
    ? 'Accessible aux personnes à mobilité réduite'
    : 'Non accessible aux personnes à mobilité réduite';

export const OPINION: Record<string, string> = {
  FAVOURABLE: 'Avis favorable',
  RESERVED: 'Avis favorable avec réserves',
  UNFAVOURABLE: 'Avis défavorable',
};

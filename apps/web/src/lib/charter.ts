// The charter's parameters (SPEC §2) as the town hall's form explains them, in plain French.
// The names are the API's (`input.charter.<name>`), so its field errors land on the right input.

export interface CharterParameter {
  name:
    | 'supportThreshold'
    | 'supportWindowDays'
    | 'responseDeadlineDays'
    | 'convocationNoticeDays'
    | 'quorum'
    | 'minutesPublicationDays'
    | 'oppositionAgendaQuota'
    | 'termYears';
  label: string;
  hint: string;
  /** Whether it may be left empty (the quorum: a majority of the members in office). */
  optional?: boolean;
}

export const CHARTER_PARAMETERS: CharterParameter[] = [
  {
    name: 'supportThreshold',
    label: 'Soutiens nécessaires pour l’ordre du jour',
    hint: 'Le nombre d’habitant·es vérifié·es du quartier qui doivent soutenir une proposition pour qu’elle soit inscrite à l’ordre du jour d’une séance.',
  },
  {
    name: 'supportWindowDays',
    label: 'Durée de la collecte des soutiens, en jours',
    hint: 'Une proposition publiée a ce nombre de jours pour réunir ses soutiens. Passé ce délai sans le seuil, elle expire.',
  },
  {
    name: 'responseDeadlineDays',
    label: 'Délai de réponse de la mairie, en jours',
    hint: 'La mairie donne sa réponse officielle à une proposition adoptée par le conseil dans ce délai, compté depuis la séance qui l’a adoptée.',
  },
  {
    name: 'convocationNoticeDays',
    label: 'Délai de convocation, en jours francs',
    hint: 'Les membres reçoivent la convocation et l’ordre du jour au moins ce nombre de jours entiers avant la séance (ni le jour de l’envoi ni celui de la séance ne comptent).',
  },
  {
    name: 'quorum',
    label: 'Quorum',
    hint: 'Le nombre de membres présents ou représentés nécessaire pour voter. Laissez vide pour la règle par défaut\u00a0: la majorité des membres en fonction.',
    optional: true,
  },
  {
    name: 'minutesPublicationDays',
    label: 'Délai de publication du procès-verbal, en jours',
    hint: 'Une fois adopté par le conseil, le procès-verbal est publié par la mairie dans ce délai.',
  },
  {
    name: 'oppositionAgendaQuota',
    label: 'Points de l’opposition par séance',
    hint: 'Le nombre de points que les élu·es de l’opposition peuvent inscrire eux-mêmes à l’ordre du jour de chaque séance.',
  },
  {
    name: 'termYears',
    label: 'Durée des mandats, en années',
    hint: 'La durée pour laquelle un·e membre siège, à partir du début de son mandat.',
  },
];

export const SEAT_PARAMETERS = [
  { name: 'residents', label: 'Habitant·es (tiré·es au sort parmi les volontaires)' },
  { name: 'associations', label: 'Associations' },
  { name: 'electedMajority', label: 'Élu·es de la majorité' },
  { name: 'electedOpposition', label: 'Élu·es de l’opposition' },
] as const;

/** The words of a charter parameter for the history ("supportThreshold" → its label). */
export const CHARTER_WORDS: Record<string, string> = {
  ...Object.fromEntries(CHARTER_PARAMETERS.map((p) => [p.name, p.label])),
  residentCoChairRequired: 'Coprésidence réservée aux habitant·es',
  residentSeats: 'Sièges des habitant·es',
  associationSeats: 'Sièges des associations',
  majoritySeats: 'Sièges de la majorité',
  oppositionSeats: 'Sièges de l’opposition',
};

/**
 * Audience queries the sources share: each selects `account_id, relation`. `$n` is the council's
 * id, or a subquery that finds it.
 */
export const audiences = {
  members: (council: string) =>
    `SELECT account_id, 'MEMBER' AS relation FROM council_membership
      WHERE council_id = ${council} AND ended_at IS NULL AND term_start <= clock_now()::date AND term_end >= clock_now()::date`,
  followers: (council: string) =>
    `SELECT account_id, 'FOLLOWER' AS relation FROM council_follower WHERE council_id = ${council}`,
  agents: () =>
    `SELECT id AS account_id, 'AGENT' AS relation FROM account WHERE role IN ('AGENT', 'ADMIN')`,
};

import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { newAgent, newVerifiedResident, TestAccount } from '../../support/factories';
import { ok, sql } from '../../support/meeting-fixtures';
import { graphql, GraphQLResponse } from '../../support/test-env';

export const SUPPORT = `mutation($id: ID!) { supportProposal(id: $id) { alreadySupported proposal { id supportCount } } }`;
const VERIFY = `{ verifyAuditChain { valid checked firstBrokenId } }`;

export interface HotProposal {
  id: string;
  councilId: string;
  agent: TestAccount;
  supporters: TestAccount[];
}

/** A published proposal with `threshold` supports to qualify, and `n` residents ready to support it. */
export async function hotProposal(
  apiUrl: string,
  config: AppConfig,
  databaseUrl: string,
  n: number,
  threshold: number,
): Promise<HotProposal> {
  const agent = await newAgent(config, databaseUrl);
  const slug = `faute-${Math.random().toString(36).slice(2, 8)}`;
  const { createCouncil } = await ok<{ createCouncil: { id: string } }>(
    apiUrl,
    `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
    {
      input: {
        name: `Conseil ${slug}`,
        slug,
        neighbourhood: `Quartier ${slug}`,
        perimeterDescription: 'Autour de la place',
        charter: { supportThreshold: threshold },
      },
    },
    agent,
  );
  const neighbourhood = normalizeName(`Quartier ${slug}`);
  const author = await newVerifiedResident(config, databaseUrl, { neighbourhood });
  const { submitProposal } = await ok<{ submitProposal: { id: string } }>(
    apiUrl,
    `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
    {
      input: {
        councilId: createCouncil.id,
        title: 'Des bancs sur la place',
        body: 'Pour que chacun puisse s’asseoir.',
        category: 'PUBLIC_SPACE',
        publish: true,
      },
    },
    author,
  );
  const supporters = await Promise.all(
    Array.from({ length: n }, () => newVerifiedResident(config, databaseUrl, { neighbourhood })),
  );
  return { id: submitProposal.id, councilId: createCouncil.id, agent, supporters };
}

/**
 * What a client under a fault sees: each answer is a success or a clean, French SERVICE_UNAVAILABLE
 * (never a masked internal error), and the client tries again until it succeeds.
 */
export interface Outcomes {
  succeeded: number;
  unavailable: number;
  /** Anything else: an internal error, a fetch that failed, another code. Must stay empty. */
  unexpected: unknown[];
}

export function newOutcomes(): Outcomes {
  return { succeeded: 0, unavailable: 0, unexpected: [] };
}

const FRENCH_UNAVAILABLE = /indisponible/;

/** Runs `operation` until it succeeds, counting what each try got. */
export async function untilDone<T>(
  outcomes: Outcomes,
  call: () => Promise<GraphQLResponse<T>>,
  pauseMs = 25,
): Promise<T> {
  for (let attempt = 0; attempt < 2000; attempt++) {
    let response: GraphQLResponse<T>;
    try {
      response = await call();
    } catch (error) {
      outcomes.unexpected.push(String(error));
      throw error;
    }
    const error = response.errors?.[0];
    if (!error && response.data) {
      outcomes.succeeded++;
      return response.data;
    }
    if (error?.extensions?.code === 'SERVICE_UNAVAILABLE' && FRENCH_UNAVAILABLE.test(error.message))
      outcomes.unavailable++;
    else outcomes.unexpected.push(error ?? response);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  throw new Error('Still failing after 2,000 tries');
}

/** The proposal's support rows, its counter and the qualification's traces, read in the database. */
export async function supportState(databaseUrl: string, proposalId: string) {
  const [row] = await sql<{
    rows: number;
    counter: number;
    status: string;
    qualifiedEvents: number;
    qualifiedAudits: number;
  }>(
    databaseUrl,
    `SELECT (SELECT count(*)::int FROM proposal_support WHERE proposal_id = $1) AS rows,
            p.support_count AS counter, p.status,
            (SELECT count(*)::int FROM outbox_event WHERE type = 'proposal.qualified'
                AND payload->>'proposalId' = $1::text) AS "qualifiedEvents",
            (SELECT count(*)::int FROM audit_log WHERE action = 'proposal.qualified'
                AND object_id = $1::text) AS "qualifiedAudits"
       FROM proposal p WHERE p.id = $1`,
    [proposalId],
  );
  return row;
}

/** The audit chain, checked by the API's own `verifyAuditChain`. */
export async function auditChain(apiUrl: string) {
  const r = await graphql<{ verifyAuditChain: { valid: boolean; checked: number } }>(
    apiUrl,
    VERIFY,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.verifyAuditChain;
}

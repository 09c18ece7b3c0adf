import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { Queue } from 'bullmq';
import { MailCatcher } from '../../../scripts/mail-catcher';
import { newAgent, newVerifiedResident, TestAccount } from '../../support/factories';
import { CouncilWithMembers, newCouncilWithMembers, ok, sql } from '../../support/meeting-fixtures';
import { addFollowers, adoptedMinutes } from '../../support/notification-fixtures';
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

/** A council whose minutes reach `followers` people by e-mail at once, plus its seven members. */
export async function mailedAudience(
  apiUrl: string,
  config: AppConfig,
  databaseUrl: string,
  agent: TestAccount,
  followers: number,
) {
  const council = await newCouncilWithMembers(apiUrl, config, databaseUrl, agent);
  const people = await addFollowers(databaseUrl, council.id, followers);
  const immediate = new Set([...people, ...council.members].map((p) => p.email));
  return { council, immediate, total: followers + council.members.length };
}

/** Publishes adopted minutes of the council; returns the outbox event of the publication. */
export async function publishMinutes(
  apiUrl: string,
  databaseUrl: string,
  agent: TestAccount,
  council: CouncilWithMembers,
): Promise<string> {
  const minutesId = await adoptedMinutes(databaseUrl, council.id, council.secretary.id);
  await ok(
    apiUrl,
    `mutation($id: ID!) { publishMinutes(id: $id) { id } }`,
    { id: minutesId },
    agent,
  );
  const [{ id }] = await sql<{ id: string }>(
    databaseUrl,
    `SELECT id FROM outbox_event WHERE type = 'minutes.published' AND payload->>'minutesId' = $1`,
    [minutesId],
  );
  return id;
}

/** In-app notifications and e-mails marked SENT for an event. */
export async function deliveries(databaseUrl: string, eventId: string) {
  const [row] = await sql<{ inApp: number; sent: number; failed: number }>(
    databaseUrl,
    `SELECT (SELECT count(*)::int FROM notification WHERE event_id = $1) AS "inApp",
            (SELECT count(*)::int FROM notification_email WHERE event_id = $1 AND status = 'SENT') AS sent,
            (SELECT count(*)::int FROM notification_email WHERE event_id = $1 AND status = 'FAILED') AS failed`,
    [eventId],
  );
  return row;
}

/**
 * The e-mails of a council's minutes the SMTP server got, by recipient: each recipient must have
 * one message (a resend after a crash carries the same Message-ID, which receivers collapse).
 */
export function mailsByRecipient(smtp: MailCatcher, councilName: string) {
  const mails = smtp.messages.filter((m) =>
    m.subject.startsWith(`Procès-verbal publié : ${councilName},`),
  );
  const byRecipient = new Map<string, Set<string>>();
  for (const m of mails)
    byRecipient.set(m.to[0], (byRecipient.get(m.to[0]) ?? new Set()).add(m.headers['message-id']));
  return { raw: mails.length, byRecipient };
}

/** Every immediate recipient got exactly one message (one Message-ID), and nobody else. */
export function expectEachOnce(smtp: MailCatcher, councilName: string, immediate: Set<string>) {
  const { raw, byRecipient } = mailsByRecipient(smtp, councilName);
  expect([...immediate].filter((email) => !byRecipient.has(email))).toEqual([]);
  expect([...byRecipient.keys()].filter((email) => !immediate.has(email))).toEqual([]);
  expect([...byRecipient.values()].filter((ids) => ids.size !== 1)).toEqual([]);
  return raw - immediate.size;
}

/** BullMQ's counts of a queue under this configuration's prefix. */
export async function queueCounts(config: AppConfig, name: string) {
  const queue = new Queue(name, {
    connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
    prefix: config.QUEUE_PREFIX,
  });
  try {
    return await queue.getJobCounts('active', 'wait', 'delayed', 'failed');
  } finally {
    await queue.close();
  }
}

/**
 * The contract between the harness (`npm run bench`, bench/harness/) and its scenarios
 * (bench/scenarios/*.ts). A scenario module exports `run(ctx: BenchContext): Promise<BenchRow[]>`:
 * the harness has already started the API and the worker in production mode on the dataset; the
 * scenario drives load (from the harness's process, never the API's), measures its own ceiling in
 * the same run when it has one, and returns one row per line of the table.
 */

/** What the dataset holds (counts and a few ids scenarios need), read back from the database. */
export interface DatasetSummary {
  /** 1 = the city (100,000 residents, 20,000 proposals…); the test uses a tiny fraction. */
  scale: number;
  residents: number;
  proposals: number;
  supports: number;
  comments: number;
  /** Council ids, the one with the most followers first. */
  councilIds: string[];
  /** The council whose followers the fan-out reaches (the most followed one). */
  followedCouncilId: string;
  followers: number;
  meetings: number;
}

/** A signed-in person: an account with an open session and a valid access token (Bearer). */
export interface SignedIn {
  accountId: string;
  sessionId: string;
  token: string;
}

export interface SignInOptions {
  /** Members: of this council (default: any council). */
  councilId?: string;
  /** Residents: who have not supported this proposal yet. */
  notSupporting?: string;
  /** Skip this many candidates (so two calls can hand out distinct people). */
  offset?: number;
}

/** Hands out signed-in people of the dataset (a new session each, token valid for the run). */
export interface Tokens {
  /** Verified residents of the neighbourhood of `councilId` when given. */
  residents(count: number, options?: SignInOptions): Promise<SignedIn[]>;
  /** Members in office (they vote on ballots). */
  members(count: number, options?: SignInOptions): Promise<SignedIn[]>;
  /** Town hall agents (AGENT role: they open and close ballots, publish minutes). */
  agents(count: number, options?: SignInOptions): Promise<SignedIn[]>;
}

export interface BenchContext {
  /** The API's GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql (HTTP and WebSocket). */
  graphqlUrl: string;
  /** The same endpoint as ws:// for graphql-ws subscriptions. */
  graphqlWsUrl: string;
  /** The database and Redis the API and the worker use (a scenario may read and write them). */
  databaseUrl: string;
  /** The same database as its owner (migrations, VACUUM, ANALYZE). */
  ownerDatabaseUrl: string;
  redisUrl: string;
  /** The worker's BullMQ prefix and the SMTP URL it sends to (a sink the harness started). */
  queuePrefix: string;
  smtpUrl: string;
  /** How many e-mails the harness's SMTP sink has received since it started. */
  mailsReceived(): number;
  /** The API's and the worker's resident set size now, in MB (read from /proc by pid). */
  apiRssMb(): number | null;
  workerRssMb(): number | null;
  /** The API's CPU time so far (user + system), in ms, from /proc. */
  apiCpuMs?(): number | null;
  dataset: DatasetSummary;
  tokens: Tokens;
  /** Seconds per measured run (a scenario repeats `repeats` times and reports medians). */
  duration: number;
  /** Concurrent connections for read scenarios (16 by default; supports use 32). */
  connections: number;
  repeats: number;
  /** True in the e2e test that runs every scenario for one second on a tiny dataset. */
  smoke: boolean;
  log(message: string): void;
}

/** One line of the table (and of bench/results/*.json). Times in milliseconds. */
export interface BenchRow {
  scenario: string;
  /** The `--scenario` name that produced the row (the harness sets it). */
  id?: string;
  reqPerSec: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  errors: number;
  /** What the ratio is to, e.g. "bare Apollo { hello }", and its value (req/s or tx/s). */
  ceiling: string | null;
  ceilingValue: number | null;
  ratio: number | null;
  /** The issue's target, in words: "≥ 0.4 × { __typename }, p95 < 30 ms". */
  target: string;
  /** Null when the row is a ceiling or has no target. */
  met: boolean | null;
  apiRssMb: number | null;
  /** The API's CPU time (user + system) per request over the measured runs, in ms. */
  apiCpuMsPerReq?: number;
  notes?: string;
  /** Total requests over the measured runs (all repeats), for the errors' context. */
  requests?: number;
  /** Connections used. */
  connections?: number;
}

export type Scenario = (ctx: BenchContext) => Promise<BenchRow[]>;

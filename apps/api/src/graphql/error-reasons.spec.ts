import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ASSOCIATION_STATUSES } from '@quorum/associations';
import { DomainError, LocalizedText } from '@quorum/core';
import { MEETING_STATUSES } from '@quorum/meetings/meeting.entity';
import { MINUTES_STATUSES } from '@quorum/meetings/minutes/minutes.entity';
import { PROPOSAL_STATUSES } from '@quorum/proposals/proposal.entity';
import { ERROR_REASONS } from './error-reasons';

const ROOT = join(__dirname, '..', '..', '..', '..');
const LIBS = join(ROOT, 'libs');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'migrations') sources(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

const catalogueFiles = [
  join(LIBS, 'core', 'src', 'errors', 'catalogue.ts'),
  ...sources(LIBS).filter((file) => file.endsWith('.errors.ts')),
];

/** The helpers whose first parameter is the reason: `wrongState(reason, …)`, `unauthenticated(reason, …)`… */
function reasonHelpers(): string[] {
  const helper =
    /(?:function\s+(\w+)\s*(?:<[^>]*>)?|(?:const|let)\s+(\w+)\s*=\s*(?:<[^>]*>)?)\s*\(\s*reason\b/g;
  return catalogueFiles.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(helper)].map((m) => m[1] ?? m[2]),
  );
}

/**
 * The reasons written in the code: `reason: 'X'`, or the first argument of any helper whose
 * first parameter is `reason`; a template's literal head (`MINUTES_${status}`) is a prefix.
 * Helpers may be imported under another name (`wrongState as refusedInState`): those too.
 */
function reasonsInCode(): { reason: string; file: string; prefix: boolean }[] {
  const files = [...sources(LIBS), ...sources(join(ROOT, 'apps', 'api', 'src'))];
  const named = reasonHelpers();
  const aliases = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\b(\w+)\s+as\s+(\w+)\b/g)]
      .filter((m) => named.includes(m[1]))
      .map((m) => m[2]),
  );
  const helpers = [...new Set([...named, ...aliases])];
  const given = new RegExp(
    `(?:\\breason:\\s*|\\b(?:${helpers.join('|')})\\(\\s*)(['"\`])([A-Z][A-Z0-9_]*)(\\$\\{)?`,
    'g',
  );
  const found: { reason: string; file: string; prefix: boolean }[] = [];
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(given))
      found.push({ reason: m[2], file, prefix: m[3] !== undefined });
  }
  return found;
}

/**
 * The arguments each factory of a catalogue is called with in the run-time check: every state
 * for the factories of a state machine's refusals. A factory with parameters must be listed.
 */
const text: LocalizedText = { fr: 'le faire', en: 'do it' };
const SAMPLES: Record<string, unknown[][]> = {
  meetingWrongState: MEETING_STATUSES.map((status) => [status, text]),
  minutesWrongState: MINUTES_STATUSES.map((status) => [status, text]),
  minutesNotSubmitted: MINUTES_STATUSES.map((status) => [status]),
  proposalWrongState: PROPOSAL_STATUSES.map((status) => [status, text]),
  notDiscussable: PROPOSAL_STATUSES.map((status) => [status]),
  attendanceRefused: [
    ...['NOT_A_MEMBER', 'TWICE', 'HOLDER_NOT_A_MEMBER', 'PROXY_REQUIRED'].map((problem) => [
      { entry: 0, problem },
    ]),
    ...['PROXY_ONLY_WHEN_REPRESENTED', 'PROXY_TO_ONESELF'].map((problem) => [
      { entry: 1, problem },
    ]),
    ...['ONE_PROXY_EACH', 'HOLDER_NOT_PRESENT'].map((problem) => [{ entry: null, problem }]),
  ],
  statusUnchangeable: ASSOCIATION_STATUSES.map((status) => [status]),
  importHeadersMissing: [[['Nom', 'Adresse']]],
  importTooLarge: [[2001]],
  notAResidentHere: [[text]],
  BAD_GEOMETRY: [['la géométrie n’est pas du JSON valide']],
  tooLateToConvene: [[text]],
  tooFewSeats: [['RESIDENT', 3]],
  fullCollege: [[4]],
  tooManySeatsToDraw: [[2]],
  oppositionQuotaUsedUp: [[1]],
  INVALID_LINK: [['input.token']],
  CENSUS_QUOTE_NOT_CLOSED: [[12]],
  PASSWORD_REFUSED: [[{ field: 'password', message: text }]],
  badOpenDataFilter: [
    [{ field: 'council', problem: 'NOT_A_SLUG' }],
    [{ field: 'since', problem: 'NOT_A_DAY' }],
    [{ field: 'until', problem: 'BEFORE_SINCE' }],
    [{ field: 'x', problem: 'UNKNOWN' }],
    [{ field: 'since', problem: 'REPEATED' }],
  ],
};

/** Every error the libs' catalogues make, by calling each exported factory with its samples. */
async function catalogueErrors(): Promise<{ name: string; error: DomainError }[]> {
  const out: { name: string; error: DomainError }[] = [];
  for (const file of catalogueFiles.filter((f) => f.endsWith('.errors.ts'))) {
    const lib = file.slice(LIBS.length + 1).split('/')[0];
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      const where = `${lib}.${name}`;
      if (value instanceof DomainError) out.push({ name: where, error: value });
      if (typeof value !== 'function') continue;
      const calls = SAMPLES[name] ?? (value.length === 0 ? [[]] : undefined);
      if (!calls) throw new Error(`${where} takes arguments: give it samples in SAMPLES`);
      for (const args of calls) {
        const made: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (made instanceof DomainError)
          out.push({ name: `${where}(${args.join(', ')})`, error: made });
      }
    }
  }
  return out;
}

describe('The ErrorReason enum', () => {
  it('holds every reason the code gives', () => {
    const found = reasonsInCode();
    expect(found.length).toBeGreaterThan(20);
    const missing = found
      .filter(({ reason, prefix }) =>
        prefix ? !ERROR_REASONS.some((r) => r.startsWith(reason)) : !ERROR_REASONS.includes(reason),
      )
      .map(({ reason, file }) => `${reason} (${file.slice(ROOT.length + 1)})`);
    expect(missing).toEqual([]);
  });

  it('sees the reasons given through any helper of the catalogues', () => {
    const reasons = new Set(reasonsInCode().map((r) => r.reason));
    for (const reason of ['SIGN_IN_REQUIRED', 'NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD', 'MINUTES_'])
      expect(reasons).toContain(reason);
  });

  it('holds the reason of every error the catalogues make, for every state', async () => {
    const errors = await catalogueErrors();
    const withReason = errors.filter(({ error }) => error.details.reason !== undefined);
    expect(withReason.length).toBeGreaterThan(40);
    const missing = withReason
      .filter(({ error }) => !ERROR_REASONS.includes(error.details.reason!))
      .map(({ name, error }) => `${error.details.reason} (${name})`);
    expect(missing).toEqual([]);
  });

  it('is made of stable names', () => {
    for (const reason of ERROR_REASONS) expect(reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});

import {
  anchorProblem,
  AuditExportLine,
  chainStep,
  GENESIS_HASH,
  initialChainState,
  linkHash,
  sha256Hex,
} from './audit-chain';

const micros = Date.UTC(2026, 11, 1, 10, 0, 0, 123) * 1000 + 456;
const occurredAt = '2026-12-01T10:00:00.123456Z';

/** A version-2 line as the export writes it, public or private, linked to `prevHash`. */
function v2(
  id: string,
  prevHash: string,
  isPublic: boolean,
  after: object = { n: 1 },
): AuditExportLine {
  const payload = JSON.stringify([
    Number(id),
    micros,
    null,
    'AGENT',
    'council.charter-updated',
    'council',
    'c-1',
    null,
    after,
    '00000000-0000-4000-8000-00000000000' + id,
  ]);
  const payloadHash = sha256Hex(payload);
  const line: AuditExportLine = {
    id,
    prevHash,
    hash: linkHash(prevHash, id, payloadHash),
    payloadHash,
    public: isPublic,
  };
  if (!isPublic) return line;
  return {
    ...line,
    payload,
    entry: {
      occurredAt,
      actorId: null,
      actorRole: 'AGENT',
      action: 'council.charter-updated',
      objectType: 'council',
      objectId: 'c-1',
      before: null,
      after,
    },
  };
}

function chainOf(...publics: boolean[]): AuditExportLine[] {
  const lines: AuditExportLine[] = [];
  let prev = GENESIS_HASH;
  publics.forEach((p, i) => {
    const line = v2(String(i + 1), prev, p);
    lines.push(line);
    prev = line.hash;
  });
  return lines;
}

const run = (lines: AuditExportLine[]) => lines.reduce(chainStep, initialChainState());

describe('audit chain, recomputed from the export', () => {
  it('links hashes as the migration does: sha256 of "quorum-audit-v2:<prev>:<id>:<payload>"', () => {
    expect(linkHash('0'.repeat(64), '1', 'a'.repeat(64))).toBe(
      sha256Hex(`quorum-audit-v2:${'0'.repeat(64)}:1:${'a'.repeat(64)}`),
    );
  });

  it('holds for public and private lines alike', () => {
    const state = run(chainOf(true, false, true, false));
    expect(state).toMatchObject({ checked: 4, firstBroken: null, unverifiable: 0, lastId: '4' });
  });

  it('names the first line whose link, hash, payload or clear fields do not hold', () => {
    const lines = chainOf(true, true, false, true);
    expect(run([lines[0], lines[1], lines[3]]).firstBroken).toEqual({
      id: '4',
      reason: 'prevHash is not the previous hash',
    });
    const forgedHash = { ...lines[2], hash: 'f'.repeat(64) };
    expect(run([lines[0], lines[1], forgedHash]).firstBroken?.id).toBe('3');
    const forgedPayload = { ...lines[1], payload: lines[1].payload!.replace('"n":1', '"n":2') };
    expect(run([lines[0], forgedPayload]).firstBroken).toEqual({
      id: '2',
      reason: 'payload does not match payloadHash',
    });
    const lyingEntry = { ...lines[1], entry: { ...lines[1].entry!, after: { n: 99 } } };
    expect(run([lines[0], lyingEntry]).firstBroken).toEqual({
      id: '2',
      reason: 'entry differs from what was hashed',
    });
  });

  it('recomputes a public version-1 line from its hashed text; counts private ones', () => {
    const hashedText = JSON.stringify([
      GENESIS_HASH,
      1,
      micros,
      null,
      'AGENT',
      'council.created',
      'council',
      'c-1',
      null,
      null,
    ]);
    const v1: AuditExportLine = {
      id: '1',
      prevHash: GENESIS_HASH,
      hash: sha256Hex(hashedText),
      payloadHash: null,
      public: true,
      hashedText,
      entry: {
        occurredAt,
        actorId: null,
        actorRole: 'AGENT',
        action: 'council.created',
        objectType: 'council',
        objectId: 'c-1',
        before: null,
        after: null,
      },
    };
    const hidden: AuditExportLine = {
      id: '2',
      prevHash: v1.hash,
      hash: 'c'.repeat(64),
      payloadHash: null,
      public: false,
    };
    const next = v2('3', hidden.hash, true);
    expect(run([v1, hidden, next])).toMatchObject({ firstBroken: null, unverifiable: 1 });
    // No version-1 row after version 2 began.
    const late = { ...hidden, id: '4', prevHash: next.hash };
    expect(run([v1, hidden, next, late]).firstBroken).toEqual({
      id: '4',
      reason: 'version-1 row after version 2',
    });
  });

  it('finds an anchor the chain contradicts, or never reached', () => {
    const hashes = new Map([['5', 'a'.repeat(64)]]);
    expect(anchorProblem(new Map([['5', 'a'.repeat(64)]]), hashes)).toBeNull();
    expect(anchorProblem(new Map([['5', 'b'.repeat(64)]]), hashes)).toContain('5:');
    expect(anchorProblem(new Map([['9', 'a'.repeat(64)]]), hashes)).toContain('no such link');
  });
});

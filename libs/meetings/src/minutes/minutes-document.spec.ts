import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  AgendaItemKindGql,
  AttendanceStatusGql,
  Meeting,
  MeetingStatusGql,
  VoteChoiceGql,
} from '../meeting.types';
import {
  composeDocument,
  composeRecord,
  escapeMarkdown,
  publishedDocument,
  sha256Hex,
} from './minutes-document';

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  councilId: 'c1',
  status: MeetingStatusGql.CLOSED,
  startsAt: new Date('2026-03-12T17:30:00Z'),
  place: 'Salle des fêtes',
  placeId: null,
  accessible: true,
  accessibilityDetails: null,
  isPublic: true,
  convenedAt: null,
  openedAt: null,
  closedAt: null,
  cancelledAt: null,
  cancelReason: null,
  chairedBy: 'ana',
  attendance: [
    {
      accountId: 'ana',
      displayName: 'Ana',
      status: AttendanceStatusGql.PRESENT,
      proxyHolderId: null,
    },
    {
      accountId: 'bob',
      displayName: 'Bob',
      status: AttendanceStatusGql.PRESENT,
      proxyHolderId: null,
    },
    {
      accountId: 'cyd',
      displayName: 'Cyd',
      status: AttendanceStatusGql.REPRESENTED,
      proxyHolderId: 'bob',
    },
    {
      accountId: 'dan',
      displayName: 'Dan',
      status: AttendanceStatusGql.ABSENT,
      proxyHolderId: null,
    },
  ],
  quorum: { membersInOffice: 4, required: 3, present: 2, represented: 1, reached: true },
  agenda: [
    {
      id: 'i1',
      position: 1,
      kind: AgendaItemKindGql.TOWN_HALL,
      title: 'Budget du quartier',
      description: '',
      descriptionHtml: '',
      proposalId: null,
      minutesId: null,
      addedBy: null,
      ballot: {
        id: 'b1',
        meetingId: 'm1',
        agendaItemId: 'i1',
        secret: false,
        status: 'CLOSED',
        openedAt: new Date('2026-03-12T18:00:00Z'),
        closedAt: new Date('2026-03-12T18:10:00Z'),
        votesCast: 3,
        result: {
          forCount: 2,
          againstCount: 1,
          abstainCount: 0,
          present: 3,
          quorumRequired: 3,
          quorumHeld: true,
          adopted: true,
        },
        rollCall: [
          { voterId: 'ana', voterName: 'Ana', castBy: 'ana', choice: VoteChoiceGql.FOR },
          { voterId: 'bob', voterName: 'Bob', castBy: 'bob', choice: VoteChoiceGql.AGAINST },
          { voterId: 'cyd', voterName: 'Cyd', castBy: 'bob', choice: VoteChoiceGql.FOR },
        ],
      },
    },
    {
      id: 'i2',
      position: 2,
      kind: AgendaItemKindGql.QUESTION,
      title: 'Éclairage rue *Haute*',
      description: '',
      descriptionHtml: '',
      proposalId: null,
      minutesId: null,
      addedBy: null,
      ballot: null,
    },
  ],
  minutes: [],
  minutesDue: null,
  ...overrides,
});

describe('The record the server pre-fills in the minutes', () => {
  const record = composeRecord(meeting(), 'Conseil du Centre', 'Ana');

  it('gives the date in the town’s time zone, the council, the place and the chair', () => {
    expect(record).toContain('# Procès-verbal de la séance du jeudi 12 mars 2026 à 18\u00a0h 30');
    expect(record).toContain('**Conseil de quartier** : Conseil du Centre');
    expect(record).toContain('**Lieu** : Salle des fêtes — séance publique');
    expect(record).toContain('**Présidence** : Ana');
  });

  it('lists who was present, represented (and by whom) and absent', () => {
    expect(record).toContain('- Présent·es (2) : Ana, Bob');
    expect(record).toContain('- Représenté·es (1) : Cyd (pouvoir à Bob)');
    expect(record).toContain('- Absent·es (1) : Dan');
  });

  it('states the quorum and whether it was reached', () => {
    expect(record).toContain(
      '**Quorum** : 3 requis sur 4 membres en exercice ; 3 présent·es ou représenté·es — quorum atteint.',
    );
  });

  it('gives every ballot’s result, and the roll call of public ballots with votes by proxy', () => {
    expect(record).toContain('Scrutin public : pour 2, contre 1, abstention 0 — adopté.');
    expect(record).toContain(
      'Vote nominal : Ana : pour ; Bob : contre ; Cyd : pour (par pouvoir, Bob).',
    );
  });

  it('says when an item had no ballot', () => {
    expect(record).toMatch(
      /### 2\. Éclairage rue \\\*Haute\\\*\n\n\*Question\*\n\nPas de scrutin\./,
    );
  });

  it('gives a secret ballot’s totals and no roll call', () => {
    const [item] = meeting().agenda;
    const secret = composeRecord(
      meeting({
        agenda: [{ ...item, ballot: { ...item.ballot!, secret: true, rollCall: null } }],
      }),
      'Conseil du Centre',
      'Ana',
    );
    expect(secret).toContain('Scrutin secret : pour 2, contre 1, abstention 0 — adopté.');
    expect(secret).not.toContain('Vote nominal');
  });

  it('says a ballot without quorum was rejected for want of it', () => {
    const [item] = meeting().agenda;
    const result = { ...item.ballot!.result!, quorumHeld: false, adopted: false };
    const text = composeRecord(
      meeting({ agenda: [{ ...item, ballot: { ...item.ballot!, result } }] }),
      'Conseil du Centre',
      null,
    );
    expect(text).toContain('— rejeté (quorum non atteint).');
    expect(text).toContain('**Présidence** : —');
  });

  it('shows people’s names as text: Markdown in them is not interpreted', () => {
    expect(escapeMarkdown('*Léa* [x](y)\nsuite')).toBe('\\*Léa\\* \\[x\\]\\(y\\) suite');
  });
});

describe('The whole minutes document', () => {
  it('is the record, the debates, then the opposition’s statements verbatim', () => {
    const doc = composeDocument('# PV\n\n', '  Débat animé.  ', [
      { authorName: 'Eve', politicalGroup: 'Ensemble', body: 'Nous *regrettons*.' },
    ]);
    expect(doc).toBe(
      '# PV\n\n## Compte rendu des débats\n\nDébat animé.\n\n## Expression de l’opposition\n\n### Eve (Ensemble)\n\nNous *regrettons*.\n',
    );
  });

  it('marks an empty summary, and has no opposition section without statements', () => {
    expect(composeDocument('# PV', ' ', [])).toBe('# PV\n\n## Compte rendu des débats\n\n—\n');
  });
});

describe('The content hash of published minutes', () => {
  it('is the SHA-256 of the document’s UTF-8 bytes, in hex', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('é')).toBe(
      createHash('sha256')
        .update(Buffer.from([0xc3, 0xa9]))
        .digest('hex'),
    );
  });

  it('is the hash of the very document published', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (record, summary) => {
        const { document, contentHash } = publishedDocument(record, summary, []);
        expect(document).toBe(composeDocument(record, summary, []));
        expect(contentHash).toBe(sha256Hex(document));
        expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });

  it('ends, with an anchor, by quoting the audit chain’s link and hash, covered by the hash', () => {
    const hash = 'ab'.repeat(32);
    const { document, contentHash } = publishedDocument('# PV', 'Débats.', [], { id: '42', hash });
    expect(document.startsWith(composeDocument('# PV', 'Débats.', []))).toBe(true);
    expect(document).toContain('maillon n° 42');
    expect(document).toContain(`\`${hash}\``);
    expect(document).toContain(`--anchor 42:${hash}`);
    expect(contentHash).toBe(sha256Hex(document));
  });

  it('changes with any change to the document', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(sha256Hex(a)).not.toBe(sha256Hex(b));
      }),
    );
  });
});

import { createHash } from 'node:crypto';
import { frenchDateTime } from '@quorum/core';
import { AgendaItemKindGql, Meeting, OppositionStatement, VoteChoiceGql } from '../meeting.types';

export const formatDateFr = frenchDateTime;

/** Names and titles are people's text: Markdown punctuation in them is shown, not interpreted. */
export const escapeMarkdown = (text: string) =>
  text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

const KIND_FR: Record<AgendaItemKindGql, string> = {
  QUALIFIED_PROPOSAL: 'Proposition des habitant·es retenue pour l’ordre du jour',
  TOWN_HALL: 'Point de la mairie',
  OPPOSITION: 'Point inscrit par l’opposition',
  QUESTION: 'Question',
  MINUTES: 'Adoption d’un procès-verbal',
};

const CHOICE_FR: Record<VoteChoiceGql, string> = {
  FOR: 'pour',
  AGAINST: 'contre',
  ABSTAIN: 'abstention',
};

/**
 * What the server writes in the minutes from its records (SPEC §4): date, place, chair,
 * attendance, quorum, agenda, every ballot's result and the roll call of public ballots.
 */
export function composeRecord(
  meeting: Meeting,
  councilName: string,
  chairName: string | null,
): string {
  const names = (status: string) => meeting.attendance.filter((a) => a.status === status);
  const nameOf = (id: string | null) =>
    escapeMarkdown(meeting.attendance.find((a) => a.accountId === id)?.displayName ?? '—');
  const present = names('PRESENT');
  const represented = names('REPRESENTED');
  const absent = names('ABSENT');
  const list = (people: typeof present) =>
    people.length ? people.map((p) => escapeMarkdown(p.displayName)).join(', ') : '—';
  const lines = [
    `# Procès-verbal de la séance du ${formatDateFr(meeting.startsAt)}`,
    '',
    `**Conseil de quartier** : ${escapeMarkdown(councilName)}  `,
    `**Lieu** : ${escapeMarkdown(meeting.place)} — ${meeting.isPublic ? 'séance publique' : 'séance à huis clos'}  `,
    `**Présidence** : ${chairName ? escapeMarkdown(chairName) : '—'}`,
    '',
    '## Présences',
    '',
    `- Présent·es (${present.length}) : ${list(present)}`,
    `- Représenté·es (${represented.length}) : ${
      represented.length
        ? represented
            .map((r) => `${escapeMarkdown(r.displayName)} (pouvoir à ${nameOf(r.proxyHolderId)})`)
            .join(', ')
        : '—'
    }`,
    `- Absent·es (${absent.length}) : ${list(absent)}`,
    '',
  ];
  if (meeting.quorum) {
    const q = meeting.quorum;
    lines.push(
      `**Quorum** : ${q.required} requis sur ${q.membersInOffice} membres en exercice ; ${
        q.present + q.represented
      } présent·es ou représenté·es — quorum ${q.reached ? 'atteint' : 'non atteint'}.`,
      '',
    );
  }
  lines.push('## Ordre du jour et décisions', '');
  for (const item of meeting.agenda) {
    lines.push(
      `### ${item.position}. ${escapeMarkdown(item.title)}`,
      '',
      `*${KIND_FR[item.kind]}*`,
      '',
    );
    const ballot = item.ballot;
    if (!ballot?.result) {
      lines.push('Pas de scrutin.', '');
      continue;
    }
    const r = ballot.result;
    lines.push(
      `Scrutin ${ballot.secret ? 'secret' : 'public'} : pour ${r.forCount}, contre ${r.againstCount}, abstention ${r.abstainCount} — ${
        r.adopted ? 'adopté' : 'rejeté'
      }${r.quorumHeld ? '' : ' (quorum non atteint)'}.`,
      '',
    );
    if (ballot.rollCall?.length) {
      lines.push(
        `Vote nominal : ${ballot.rollCall
          .map(
            (v) =>
              `${escapeMarkdown(v.voterName)} : ${CHOICE_FR[v.choice]}${
                v.castBy !== v.voterId ? ` (par pouvoir, ${nameOf(v.castBy)})` : ''
              }`,
          )
          .join(' ; ')}.`,
        '',
      );
    }
  }
  return lines.join('\n').trimEnd() + '\n';
}

/** The whole minutes: the record, the debates, and the opposition's statements verbatim. */
export function composeDocument(
  record: string,
  summary: string,
  statements: Pick<OppositionStatement, 'authorName' | 'politicalGroup' | 'body'>[],
): string {
  const parts = [record.trimEnd(), '', '## Compte rendu des débats', '', summary.trim() || '—'];
  if (statements.length) {
    parts.push('', '## Expression de l’opposition');
    for (const s of statements) {
      parts.push(
        '',
        `### ${escapeMarkdown(s.authorName)} (${escapeMarkdown(s.politicalGroup)})`,
        '',
        s.body,
      );
    }
  }
  return parts.join('\n').trimEnd() + '\n';
}

/** The SHA-256 of a text's UTF-8 bytes, in hex. */
export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The audit chain's link a published document quotes (its id and hash at publication), so that a
 * rewrite of the chain later shows against the copies already in the public's hands.
 */
export interface AuditAnchorQuote {
  id: string | null;
  hash: string;
}

/** The closing paragraph that quotes the audit chain's head. */
export function anchorParagraph(anchor: AuditAnchorQuote): string {
  return [
    '## Ancrage dans le journal d’audit',
    '',
    `À sa publication, le journal d’audit s’arrêtait au maillon n° ${anchor.id ?? '0'}, ` +
      `d’empreinte SHA-256 \`${anchor.hash}\`. Toute réécriture ultérieure du journal ` +
      'contredirait cette empreinte (`npm run verify-audit -- <adresse> --anchor ' +
      `${anchor.id ?? '0'}:${anchor.hash}\`).`,
  ].join('\n');
}

/**
 * What publication freezes: the whole document and its content hash, the SHA-256 of the
 * document itself, so that anyone holding the published text can check it. With an anchor, the
 * document ends by quoting the audit chain's head at publication.
 */
export function publishedDocument(
  record: string,
  summary: string,
  statements: Pick<OppositionStatement, 'authorName' | 'politicalGroup' | 'body'>[],
  anchor?: AuditAnchorQuote,
): { document: string; contentHash: string } {
  const body = composeDocument(record, summary, statements);
  const document = anchor ? `${body}\n${anchorParagraph(anchor)}\n` : body;
  return { document, contentHash: sha256Hex(document) };
}

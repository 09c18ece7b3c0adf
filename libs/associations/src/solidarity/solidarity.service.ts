import { Injectable } from '@nestjs/common';
import {
  Clock,
  Connection,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  PageArgs,
  toConnection,
  townDay,
} from '@quorum/core';
import { isUUID } from 'class-validator';
import { CouncilsService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor, isTownHall } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { parse } from 'csv-parse/sync';
import { EntityManager } from 'typeorm';
import { AssociationRepository } from '../association.repository';
import {
  COUNCIL_UNKNOWN,
  ENTRY_NOT_FOUND,
  INVALID_CURSOR,
  IMPORT_EMPTY,
  IMPORT_MALFORMED,
  importHeadersMissing,
  importTooLarge,
  IMPORT_MAX_LINES,
  NOT_ACTING_FOR_ASSOCIATION,
  NOT_YOUR_ASSOCIATION,
  NOT_YOUR_ENTRY,
  ONLY_AGENTS_PUBLISH,
  OPERATOR_REQUIRED,
  SOLIGUIDE_URL_INVALID,
} from '../associations.errors';
import { ColumnMapping, mapRow, missingHeaders, SOLIGUIDE_MAPPING } from './rules/csv-import';
import {
  EntryEditor,
  entryVisibleTo,
  isSoliguideUrl,
  mayEdit,
  statusOfNewEntry,
} from './rules/entry-editing';
import { checkDueOn, isStale } from './rules/staleness';
import { EntryStatus } from './solidarity-entry.entity';
import {
  EntryContent,
  EntryFilter,
  EntryRow,
  SolidarityEntryRepository,
} from './solidarity-entry.repository';
import {
  CreateSolidarityEntryInput,
  EntryStatusGql,
  ImportSolidarityEntriesInput,
  SolidarityEntryInput,
} from './solidarity.inputs';
import { SolidarityEntryView, SolidarityImportReport } from './solidarity.types';

const text = (value: string | null | undefined): string => (value ?? '').trim();
const orNull = (value: string | null | undefined): string | null => text(value) || null;

/** A cursor of the solidarity page: the last title and id of the page before. */
function titleCursor(after: string): { title: string; id: string } {
  const [title, id] = decodeCursor(after, 2);
  if (typeof title !== 'string' || title.length > 500 || typeof id !== 'string' || !isUUID(id))
    throw INVALID_CURSOR();
  return { title, id };
}

/** The solidarity information page (issue 19): entries kept by partners and agents. */
@Injectable()
export class SolidarityService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly entries: SolidarityEntryRepository,
    private readonly associations: AssociationRepository,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  private today(): string {
    return townDay(this.clock.now());
  }

  private async editorOf(em: EntityManager, actor: Actor | null): Promise<EntryEditor> {
    return {
      agent: isTownHall(actor),
      partnerIds: actor ? await this.associations.partnerIdsOf(em, actor.accountId) : new Set(),
    };
  }

  private view(row: EntryRow, editor: EntryEditor, today: string): SolidarityEntryView {
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      audience: row.audience,
      address: row.address,
      hours: row.hours,
      access: row.access,
      accessibility: row.accessibility,
      languages: row.languages,
      cost: row.cost,
      contact: row.contact,
      soliguideUrl: row.soliguideUrl,
      associationId: row.associationId,
      associationName: row.associationName,
      operatorName: row.operatorName,
      runBy: row.associationName ?? row.operatorName ?? '',
      councilId: row.councilId,
      councilSlug: row.councilSlug,
      councilName: row.councilName,
      status: row.status as EntryStatusGql,
      lastCheckedOn: row.lastCheckedOn,
      checkDueOn: checkDueOn(row.lastCheckedOn),
      stale: isStale(row.lastCheckedOn, today),
      viewerCanEdit: mayEdit(editor, row),
      updatedAt: row.updatedAt,
    };
  }

  /**
   * Every published entry, in French order of titles (the printable list): of a council's
   * neighbourhood and the town-wide ones when a council is named.
   */
  async list(
    actor: Actor | null,
    filter: { councilSlug?: string | null },
  ): Promise<SolidarityEntryView[]> {
    return this.tx.read(async (em) => {
      const found = await this.entryFilter(em, actor, filter);
      if (!found) return [];
      const rows = await this.entries.list(em, found.filter);
      const today = this.today();
      return rows.map((row) => this.view(row, found.editor, today));
    });
  }

  /**
   * A page of entries and how many there are in all: the published ones (of a council's
   * neighbourhood and the town-wide ones, or of one association), or with `editable` those the
   * caller may edit, whatever their status.
   */
  async page(
    actor: Actor | null,
    filter: { councilSlug?: string | null; associationId?: string | null; editable?: boolean },
    page: PageArgs,
  ): Promise<Connection<SolidarityEntryView>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? titleCursor(page.after) : null;
    return this.tx.read(async (em) => {
      const found = await this.entryFilter(em, actor, filter);
      if (!found) return toConnection([], first, 0, () => []);
      const rows = await this.entries.list(em, found.filter, { after, limit: first + 1 });
      const totalCount = await this.entries.count(em, found.filter);
      const today = this.today();
      return toConnection(
        rows.map((row) => this.view(row, found.editor, today)),
        first,
        totalCount,
        (entry) => [entry.title, entry.id],
      );
    });
  }

  /** The filter of a list, or null when it can find nothing (an unknown council, no rights). */
  private async entryFilter(
    em: EntityManager,
    actor: Actor | null,
    filter: { councilSlug?: string | null; associationId?: string | null; editable?: boolean },
  ): Promise<{ filter: EntryFilter; editor: EntryEditor } | null> {
    const editor = await this.editorOf(em, actor);
    let councilId: string | null = null;
    if (filter.councilSlug) {
      councilId = await this.associations.councilIdOf(em, filter.councilSlug);
      if (!councilId) return null;
    }
    // An association that cannot exist runs nothing, as an unknown council has nothing.
    if (filter.associationId && !isUUID(filter.associationId)) return null;
    const editable = filter.editable === true;
    if (editable && !editor.agent && editor.partnerIds.size === 0) return null;
    const associationIds =
      editable && !editor.agent
        ? [...editor.partnerIds]
        : filter.associationId
          ? [filter.associationId]
          : null;
    return {
      filter: { statuses: editable ? null : ['PUBLISHED'], councilId, associationIds },
      editor,
    };
  }

  async one(actor: Actor | null, entryId: string): Promise<SolidarityEntryView> {
    return this.tx.read(async (em) => {
      const row = await this.entries.byId(em, entryId);
      const editor = await this.editorOf(em, actor);
      if (!row || !entryVisibleTo(editor, row)) throw ENTRY_NOT_FOUND();
      return this.view(row, editor, this.today());
    });
  }

  /** Checks what an editor gives, and makes it the entry's content. */
  private async contentOf(
    em: EntityManager,
    editor: EntryEditor,
    input: SolidarityEntryInput,
  ): Promise<EntryContent> {
    const associationId = input.associationId ?? null;
    const operatorName = orNull(input.operatorName);
    if (!associationId && !operatorName) throw OPERATOR_REQUIRED();
    // A partner names one of its own associations; an agent any partner.
    if (associationId && !editor.partnerIds.has(associationId)) {
      if (!editor.agent) throw NOT_ACTING_FOR_ASSOCIATION();
      const association = await this.associations.byId(em, associationId);
      if (!association || association.status !== 'PARTNER') throw NOT_YOUR_ASSOCIATION();
    }
    if (!associationId && !editor.agent) throw OPERATOR_REQUIRED();
    const soliguideUrl = orNull(input.soliguideUrl);
    if (soliguideUrl && !isSoliguideUrl(soliguideUrl)) throw SOLIGUIDE_URL_INVALID();
    const councilId = input.councilId ?? null;
    if (councilId && !(await this.councils.exists(em, councilId))) throw COUNCIL_UNKNOWN();
    return {
      associationId,
      operatorName,
      councilId,
      title: text(input.title),
      description: text(input.description),
      audience: text(input.audience),
      address: text(input.address),
      hours: text(input.hours),
      access: text(input.access),
      accessibility: text(input.accessibility),
      languages: [...new Set((input.languages ?? []).map((l) => l.trim()).filter(Boolean))],
      cost: text(input.cost),
      contact: text(input.contact),
      soliguideUrl,
    };
  }

  async create(actor: Actor, input: CreateSolidarityEntryInput): Promise<string> {
    return this.tx.run(async (em) => {
      const editor = await this.editorOf(em, actor);
      const content = await this.contentOf(em, editor, input);
      const status = statusOfNewEntry(editor, input.publish === true);
      const id = await this.entries.insert(em, content, {
        status,
        lastCheckedOn: this.today(),
        by: actor.accountId,
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'solidarity-entry.created',
        objectType: 'solidarity_entry',
        objectId: id,
        after: { ...content, status },
      });
      // A partner's draft waits for an agent: the agents are told it is there.
      if (!editor.agent)
        await this.outbox.record(em, 'solidarity.entry-changed', {
          entryId: id,
          change: 'SUBMITTED',
        });
      return id;
    });
  }

  /** Partners edit their own entries, agents every one; an edit counts as a check today. */
  async update(actor: Actor, entryId: string, input: SolidarityEntryInput): Promise<string> {
    return this.tx.run(async (em) => {
      const before = await this.entries.lock(em, entryId);
      const editor = await this.editorOf(em, actor);
      if (!before || !entryVisibleTo(editor, before)) throw ENTRY_NOT_FOUND();
      if (!mayEdit(editor, before)) throw NOT_YOUR_ENTRY();
      const content = await this.contentOf(em, editor, input);
      // A partner cannot hand its entry over to another association, nor to the town hall.
      if (!editor.agent && content.associationId !== before.associationId) throw NOT_YOUR_ENTRY();
      await this.entries.update(em, entryId, content, this.today(), actor.accountId);
      const changed = Object.fromEntries(
        (Object.keys(content) as (keyof EntryContent)[])
          .filter((key) => JSON.stringify(content[key]) !== JSON.stringify(before[key]))
          .map((key) => [key, content[key]]),
      );
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'solidarity-entry.updated',
        objectType: 'solidarity_entry',
        objectId: entryId,
        before: Object.fromEntries(
          Object.keys(changed).map((key) => [key, before[key as keyof EntryContent]]),
        ),
        after: { ...changed, lastCheckedOn: this.today() },
      });
      // A partner's change of a published entry is live at once: the agents are told of it.
      if (!editor.agent && before.status === 'PUBLISHED' && Object.keys(changed).length > 0)
        await this.outbox.record(em, 'solidarity.entry-changed', { entryId, change: 'EDITED' });
      return entryId;
    });
  }

  /** "Still accurate": the entry's association or an agent checked it today. */
  async confirm(actor: Actor, entryId: string): Promise<string> {
    return this.tx.run(async (em) => {
      const entry = await this.entries.lock(em, entryId);
      const editor = await this.editorOf(em, actor);
      if (!entry || !entryVisibleTo(editor, entry)) throw ENTRY_NOT_FOUND();
      if (!mayEdit(editor, entry)) throw NOT_YOUR_ENTRY();
      await this.entries.markChecked(em, entryId, this.today(), actor.accountId);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'solidarity-entry.checked',
        objectType: 'solidarity_entry',
        objectId: entryId,
        before: { lastCheckedOn: entry.lastCheckedOn },
        after: { lastCheckedOn: this.today() },
      });
      return entryId;
    });
  }

  async setStatus(actor: Actor, entryId: string, status: EntryStatus): Promise<string> {
    if (!isTownHall(actor)) throw ONLY_AGENTS_PUBLISH();
    return this.tx.run(async (em) => {
      const entry = await this.entries.lock(em, entryId);
      if (!entry) throw ENTRY_NOT_FOUND();
      if (entry.status === status) return entryId;
      await this.entries.setStatus(em, entryId, status);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: `solidarity-entry.${status === 'PUBLISHED' ? 'published' : status === 'WITHDRAWN' ? 'withdrawn' : 'unpublished'}`,
        objectType: 'solidarity_entry',
        objectId: entryId,
        before: { status: entry.status },
        after: { status },
      });
      return entryId;
    });
  }

  /**
   * A Soliguide export or any CSV (its columns mapped): each valid line becomes an entry, run by
   * the partner whose name its operator column gives, else by that operator; the others are
   * reported with their line and why. A file of more than IMPORT_MAX_LINES lines is refused
   * (IMPORT_TOO_LARGE). One transaction: a file is imported whole or not at all.
   */
  async import(actor: Actor, input: ImportSolidarityEntriesInput): Promise<SolidarityImportReport> {
    const given: ColumnMapping | null = input.mapping?.length
      ? Object.fromEntries(input.mapping.map((m) => [m.column, m.header.trim()]))
      : null;
    let records: { record: Record<string, string>; info: { lines: number } }[];
    let headers: string[] = [];
    try {
      records = parse(input.csv, {
        bom: true,
        // One delimiter per file, read from its header: a cell may hold the other one ("français, arabe").
        delimiter: (input.csv.split('\n', 1)[0] ?? '').includes(';') ? ';' : ',',
        trim: true,
        skip_empty_lines: true,
        relax_column_count: true,
        columns: (header: string[]) => (headers = header.map((h) => h.trim())),
        info: true,
      }) as { record: Record<string, string>; info: { lines: number } }[];
    } catch {
      throw IMPORT_MALFORMED();
    }
    if (records.length === 0) throw IMPORT_EMPTY();
    // The whole file is read (its size is bounded by the input's): one too long is refused
    // whole, never imported in part.
    if (records.length > IMPORT_MAX_LINES) throw importTooLarge(records.length);
    // Soliguide's headers are taken where the file has them; a mapping given adds to them or
    // overrides them column by column (mapping one column must not drop the twelve others).
    const soliguideFound: ColumnMapping = Object.fromEntries(
      Object.entries(SOLIGUIDE_MAPPING).filter(([, header]) => headers.includes(header)),
    );
    const mapping: ColumnMapping = { ...soliguideFound, ...given };
    // The headers given must all be there, and some column must name the service.
    const missing = missingHeaders({ title: SOLIGUIDE_MAPPING.title, ...given }, headers);
    if (missing.length > 0) throw importHeadersMissing(missing);
    return this.tx.run(async (em) => {
      if (input.councilId && !(await this.councils.exists(em, input.councilId)))
        throw COUNCIL_UNKNOWN();
      const partners = await this.associations.partnersByName(em);
      const today = this.today();
      const status: EntryStatus = input.publish ? 'PUBLISHED' : 'DRAFT';
      const rejected: SolidarityImportReport['rejected'] = [];
      let imported = 0;
      for (const { record, info } of records) {
        const row = mapRow(record, mapping, today);
        if ('rejected' in row) {
          rejected.push({ line: info.lines, reason: row.rejected });
          continue;
        }
        const { lastCheckedOn, operatorName, ...entry } = row.entry;
        if (!operatorName) {
          rejected.push({ line: info.lines, reason: 'l’organisme qui assure le service manque' });
          continue;
        }
        const associationId = partners.get(operatorName.toLowerCase()) ?? null;
        await this.entries.insert(
          em,
          {
            ...entry,
            associationId,
            operatorName: associationId ? null : operatorName,
            councilId: input.councilId ?? null,
          },
          { status, lastCheckedOn, by: actor.accountId },
        );
        imported += 1;
      }
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'solidarity-entries.imported',
        objectType: 'solidarity_entry',
        after: { imported, rejected: rejected.length, status, councilId: input.councilId ?? null },
      });
      return { imported, rejected };
    });
  }
}

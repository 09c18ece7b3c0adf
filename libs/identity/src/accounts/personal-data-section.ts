import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export const PERSONAL_DATA_SECTION = Symbol('quorum:personal-data-section');

/**
 * What a lib holds about a person, for exportMyData and deleteMyAccount (SPEC §1). Each lib that
 * stores rows about accounts provides one, marked with @HoldsPersonalData('name', tables): identity
 * finds them all, so erasure cannot forget a lib that declared its data.
 */
export interface PersonalDataSection {
  export(em: EntityManager, accountId: string): Promise<unknown>;
  /** Erases or unlinks the person's rows; public records stay (under the anonymous name). */
  erase(em: EntityManager, accountId: string): Promise<void>;
}

/** A section's name (its key in the export) and the tables whose rows about people it handles. */
export interface PersonalDataMark {
  section: string;
  tables: readonly string[];
}

/**
 * Declares a section and the tables it exports and erases. The API refuses to start when a table
 * that names a person (see namesAPerson) belongs to no section, so a new table cannot be forgotten.
 */
export const HoldsPersonalData = (section: string, tables: readonly string[]): ClassDecorator =>
  SetMetadata(PERSONAL_DATA_SECTION, { section, tables } satisfies PersonalDataMark);

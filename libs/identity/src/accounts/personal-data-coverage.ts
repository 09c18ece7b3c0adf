/** A column of the database, as the schema describes it. */
export interface SchemaColumn {
  table: string;
  column: string;
  dataType: string;
  /** A foreign key to account. */
  referencesAccount: boolean;
}

/**
 * Few tables carry a foreign key to account (rows about people outlive or precede it), so a
 * column names a person by its foreign key or by the naming convention of the schema: a uuid
 * `account_id`, `author_id`, `voter_id`, `reporter_id`, `actor_id`, `*_holder_id` or `*_by`.
 */
const PERSON_COLUMN = /^(account|author|voter|reporter|actor)_id$|_holder_id$|_by$/;

export function namesAPerson(column: SchemaColumn): boolean {
  return (
    column.referencesAccount || (column.dataType === 'uuid' && PERSON_COLUMN.test(column.column))
  );
}

/** The tables that name a person and belong to no section, with those columns, sorted. */
export function uncoveredTables(
  columns: readonly SchemaColumn[],
  covered: Iterable<string>,
): { table: string; columns: string[] }[] {
  const known = new Set(covered);
  const found = new Map<string, string[]>();
  for (const column of columns) {
    if (known.has(column.table) || !namesAPerson(column)) continue;
    found.set(column.table, [...(found.get(column.table) ?? []), column.column].sort());
  }
  return [...found]
    .map(([table, names]) => ({ table, columns: names }))
    .sort((a, b) => a.table.localeCompare(b.table));
}

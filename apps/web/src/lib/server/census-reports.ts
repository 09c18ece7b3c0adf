// A census import's report, kept a few minutes for the page the form post redirects to
// (redirect-after-post: reloading the page must not import the file again). The counts also
// stay in the audit log (census.imported); the rejected lines only here, for the agent who sent
// the file. One process: with several site servers, the report shows only on the one that
// imported (the page then says the counts from the audit log).
import type { ImportCensusMutation } from '$lib/gql/graphql';

type Report = ImportCensusMutation['importCensus'];
const KEEP_MS = 15 * 60_000;
const reports = new Map<string, { accountId: string; report: Report }>();

export function keepReport(accountId: string, report: Report): void {
  reports.set(report.importId, { accountId, report });
  setTimeout(() => reports.delete(report.importId), KEEP_MS).unref?.();
}

export function reportFor(accountId: string, importId: string): Report | null {
  const kept = reports.get(importId);
  return kept && kept.accountId === accountId ? kept.report : null;
}

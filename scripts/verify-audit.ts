/**
 * Recomputes the audit chain from the public export alone, as anyone could, without access to
 * the database:
 *   npm run verify-audit -- <API URL, e.g. https://quorum.example.fr> [--anchor <id>:<hash> ...]
 * It streams `<API URL>/open-data/audit.jsonl`, recomputes each link's hash (and each public
 * entry's payload digest, and checks its fields in clear against it), and checks that every
 * anchor given (the link id and hash printed at the end of published minutes) is in the chain
 * unchanged. Exit code 0 when everything holds, 1 when something does not, 2 on bad usage.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { anchorProblem, AuditExportLine, chainStep, initialChainState } from '@quorum/transparency';

function usage(): never {
  console.error('usage: npm run verify-audit -- <API URL> [--anchor <id>:<hash> ...]');
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const anchors = new Map<string, string>();
  let url: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--anchor') {
      const match = /^(\d+):([0-9a-f]{64})$/.exec(args[++i] ?? '');
      if (!match) usage();
      anchors.set(match[1], match[2]);
    } else if (!url) url = args[i];
    else usage();
  }
  if (!url) usage();
  const base = url.replace(/\/(graphql)?\/?$/, '');
  const response = await fetch(`${base}/open-data/audit.jsonl`);
  if (!response.ok || !response.body) {
    console.error(`GET ${base}/open-data/audit.jsonl: HTTP ${response.status}`);
    process.exit(1);
  }
  const lines = createInterface({
    input: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
    crlfDelay: Infinity,
  });
  let state = initialChainState();
  let publicEntries = 0;
  const anchored = new Map<string, string>();
  for await (const text of lines) {
    if (!text.trim()) continue;
    const line = JSON.parse(text) as AuditExportLine;
    state = chainStep(state, line);
    if (line.public) publicEntries++;
    // Only the anchored links are kept: memory stays flat whatever the chain's length.
    if (anchors.has(line.id)) anchored.set(line.id, line.hash);
  }
  const anchorBroken = anchorProblem(anchors, anchored);
  console.log(
    `${state.checked} links recomputed (${publicEntries} public entries in clear, ` +
      `${state.checked - publicEntries} private as hashes` +
      `${state.unverifiable ? `, ${state.unverifiable} private rows of chain version 1 not recomputable` : ''}); ` +
      `head ${state.lastId ?? '0'}:${state.lastHash}`,
  );
  if (state.firstBroken)
    console.log(`BROKEN at link ${state.firstBroken.id}: ${state.firstBroken.reason}`);
  if (anchors.size) console.log(`${anchors.size} anchor(s) checked`);
  if (anchorBroken) console.log(`ANCHOR CONTRADICTED: ${anchorBroken}`);
  const valid = !state.firstBroken && !anchorBroken;
  console.log(valid ? 'OK: the chain holds' : 'FAILED');
  process.exit(valid ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_REASONS } from './error-reasons';

const ROOT = join(__dirname, '..', '..', '..', '..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'migrations') sources(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

/** The reasons written in the code: `reason: 'X'`, or the first argument of a catalogue helper. */
function reasonsInCode(): { reason: string; file: string; prefix: boolean }[] {
  const found: { reason: string; file: string; prefix: boolean }[] = [];
  const given =
    /(?:reason:\s*|\b(?:wrongState|forbiddenBecause|preconditionFailed|conflictBecause|precondition|forbidden)\(\s*)(['`])([A-Z][A-Z_]*)(\$\{)?/g;
  for (const file of [
    ...sources(join(ROOT, 'libs')),
    ...sources(join(ROOT, 'apps', 'api', 'src')),
  ]) {
    for (const m of readFileSync(file, 'utf8').matchAll(given))
      found.push({ reason: m[2], file, prefix: m[3] !== undefined });
  }
  return found;
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

  it('is made of stable names', () => {
    for (const reason of ERROR_REASONS) expect(reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});

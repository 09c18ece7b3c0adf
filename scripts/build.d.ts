/** Types of scripts/build.js (plain JavaScript so that bootstrap.js can run it before any build). */
export interface BuildStatus {
  upToDate: boolean;
  reason: 'up to date' | 'no build yet' | 'sources changed' | 'outputs missing';
}
export interface BuildResult {
  built: boolean;
  reason: BuildStatus['reason'];
  ms: number;
}
export function build(
  root: string,
  log?: (line: string) => void,
  options?: { web?: boolean },
): BuildResult;
/** Builds dist/web (the site) unless it is up to date; true when it built. */
export function buildWeb(root: string, log: (line: string) => void): boolean;
export function buildStatus(root: string): BuildStatus;
export function sourcesHash(root: string): string;
export function removeStaleOutputs(root: string): string[];

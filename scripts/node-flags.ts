/**
 * The V8 flags the API runs with, wherever it runs: docker/Dockerfile's CMD, `npm start`
 * (scripts/start.ts) and the bench (bench/harness/processes.ts), which measures what production
 * runs. A young generation of 2 × 32 MB instead of V8's 2 × 16 MB: a listing allocates a few
 * hundred kB, and fewer scavenges cost the API 14–18 % less CPU per listing (docs/PERFORMANCE.md,
 * "A larger young generation"). test/architecture/node-flags.spec.ts keeps the Dockerfile in step.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=32'];

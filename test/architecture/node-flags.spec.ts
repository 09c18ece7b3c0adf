import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_NODE_FLAGS } from '../../scripts/node-flags';

/** The image runs the API as `npm start` and the bench do: with the same V8 flags. */
describe('The API runs with the same V8 flags everywhere', () => {
  it("docker/Dockerfile's CMD passes scripts/node-flags.ts's flags before the API's entry", () => {
    const dockerfile = readFileSync(join(__dirname, '..', '..', 'docker', 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1])).toEqual(['node', ...API_NODE_FLAGS, 'dist/apps/api/src/main.js']);
  });
});

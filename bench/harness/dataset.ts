/**
 * The dataset the bench runs on: `npm run bench:data`'s generator (bench/data/generate.ts) when
 * this branch has it, else the harness's own smaller-shaped one (mini-dataset.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/ensure-services';
import { generateMiniDataset } from './mini-dataset';

type Generate = (url: string, options: { scale?: number; seed?: number }) => Promise<unknown>;

export async function prepareDataset(
  databaseUrl: string,
  scale: number,
  options: { mini?: boolean } = {},
): Promise<string> {
  const file = join(ROOT, 'bench', 'data', 'generate.ts');
  if (!options.mini && existsSync(file)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateDataset } = require(file) as { generateDataset: Generate };
    await generateDataset(databaseUrl, { scale });
    return 'bench/data/generate.ts';
  }
  await generateMiniDataset(databaseUrl, scale);
  return 'bench/harness/mini-dataset.ts';
}

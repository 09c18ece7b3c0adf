import { Readable } from 'node:stream';
import { jsonArrayOfLines } from './encoders';

async function through(chunks: Buffer[]): Promise<string> {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(jsonArrayOfLines()))
    out.push(chunk as Buffer);
  return Buffer.concat(out).toString('utf8');
}

describe('JSON lines into one array', () => {
  const lines = '{"a":1,"t":"é, \\"x\\""}\n{"a":2}\n{"a":3,"t":"ligne\\nsuivante"}\n';

  it('puts a comma between the lines, one object a line, and parses back', async () => {
    const text = await through([Buffer.from(lines)]);
    expect(text).toBe(
      '[\n{"a":1,"t":"é, \\"x\\""},\n{"a":2},\n{"a":3,"t":"ligne\\nsuivante"}\n]\n',
    );
    expect(JSON.parse(text)).toEqual([
      { a: 1, t: 'é, "x"' },
      { a: 2 },
      { a: 3, t: 'ligne\nsuivante' },
    ]);
  });

  it('gives the same bytes whatever the chunks, even cut inside a character', async () => {
    const bytes = Buffer.from(lines);
    const whole = await through([bytes]);
    for (let cut = 1; cut < bytes.length; cut++)
      expect(await through([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(whole);
    expect(await through([...bytes].map((b) => Buffer.from([b])))).toBe(whole);
  });

  it('writes an empty array for no line', async () => {
    expect(await through([])).toBe('[]\n');
  });
});

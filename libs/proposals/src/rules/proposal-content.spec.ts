import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import fc from 'fast-check';
import { ProposalCategoryGql, SubmitProposalInput } from '../proposal.types';
import {
  ADDRESS_MAX_LENGTH,
  BODY_LENGTH,
  PROPOSAL_CATEGORIES,
  TITLE_LENGTH,
} from './proposal-content';

const COUNCIL = '6f1c2a4e-1b7d-4c3e-9a2f-0d5e8b7c6a11';
const proposal = {
  councilId: COUNCIL,
  title: 'Un banc place du marché',
  body: 'Les personnes âgées n’ont **nulle part** où s’asseoir.',
  category: 'PUBLIC_SPACE',
};

/** The fields the input refuses, validated as the app's ValidationPipe does (transform, whitelist). */
async function refused(plain: Record<string, unknown>): Promise<string[]> {
  const input = plainToInstance(SubmitProposalInput, plain);
  const errors = await validate(input, { whitelist: true });
  return errors.map((e) => e.property).sort();
}

const text = (length: number) => 'a'.repeat(length);

describe('What a proposal says (SPEC §3)', () => {
  it('is accepted with a title, a body and a category, and no address nor point', async () => {
    expect(await refused(proposal)).toEqual([]);
  });

  it('has a title of 5 to 140 characters, not one less nor one more', async () => {
    expect(TITLE_LENGTH).toEqual({ min: 5, max: 140 });
    expect(await refused({ ...proposal, title: text(5) })).toEqual([]);
    expect(await refused({ ...proposal, title: text(140) })).toEqual([]);
    expect(await refused({ ...proposal, title: text(4) })).toEqual(['title']);
    expect(await refused({ ...proposal, title: text(141) })).toEqual(['title']);
  });

  it('counts the title without the spaces around it', async () => {
    expect(await refused({ ...proposal, title: `   ${text(4)}   ` })).toEqual(['title']);
    expect(await refused({ ...proposal, title: ` ${text(140)} ` })).toEqual([]);
    expect(plainToInstance(SubmitProposalInput, { ...proposal, title: '  Un banc  ' }).title).toBe(
      'Un banc',
    );
  });

  it('accepts a title exactly when its trimmed length is within 5 to 140', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(160), fc.nat(3), fc.nat(3), async (length, before, after) => {
        const title = `${' '.repeat(before)}${text(length)}${' '.repeat(after)}`;
        const within = length >= TITLE_LENGTH.min && length <= TITLE_LENGTH.max;
        expect(await refused({ ...proposal, title })).toEqual(within ? [] : ['title']);
      }),
      { numRuns: 60 },
    );
  });

  it('has a body of Markdown up to 20,000 characters, and not an empty one', async () => {
    expect(BODY_LENGTH.max).toBe(20_000);
    expect(await refused({ ...proposal, body: text(20_000) })).toEqual([]);
    expect(await refused({ ...proposal, body: text(20_001) })).toEqual(['body']);
    expect(await refused({ ...proposal, body: '' })).toEqual(['body']);
    expect(await refused({ ...proposal, body: '# Titre\n\n- un\n- deux' })).toEqual([]);
  });

  it('has a category from the fixed list, and no other', async () => {
    expect(Object.values(ProposalCategoryGql).sort()).toEqual([...PROPOSAL_CATEGORIES].sort());
    for (const category of PROPOSAL_CATEGORIES)
      expect(await refused({ ...proposal, category })).toEqual([]);
    expect(await refused({ ...proposal, category: 'PARKING' })).toEqual(['category']);
    expect(await refused({ ...proposal, category: undefined })).toEqual(['category']);
  });

  it('may give an address of up to 300 characters', async () => {
    expect(ADDRESS_MAX_LENGTH).toBe(300);
    expect(await refused({ ...proposal, address: '12 rue de la Paix' })).toEqual([]);
    expect(await refused({ ...proposal, address: text(300) })).toEqual([]);
    expect(await refused({ ...proposal, address: text(301) })).toEqual(['address']);
  });

  it('may give a point, as a latitude and a longitude on the globe', async () => {
    expect(await refused({ ...proposal, latitude: 48.8566, longitude: 2.3522 })).toEqual([]);
    expect(await refused({ ...proposal, latitude: 91, longitude: 2.3522 })).toEqual(['latitude']);
    expect(await refused({ ...proposal, latitude: 48.8566, longitude: -181 })).toEqual([
      'longitude',
    ]);
  });

  it('names every field it refuses at once', async () => {
    expect(
      await refused({ councilId: 'not-a-uuid', title: 'abc', body: '', category: 'X' }),
    ).toEqual(['body', 'category', 'councilId', 'title']);
  });
});

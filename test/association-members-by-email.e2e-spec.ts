import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { DataSource } from 'typeorm';
import { bearer, newAccount, newAgent, TestAccount } from './support/factories';
import { ok } from './support/meeting-fixtures';
import {
  codeOf,
  createTestDatabase,
  fieldsOf,
  graphql,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

// A member adds someone by the e-mail address of their account: the web site's form (residents
// never see account ids).
const PROPOSE = `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { id } }`;
const ADD_BY_EMAIL = `mutation($input: AssociationMemberByEmailInput!) {
  addAssociationMemberByEmail(input: $input) { id viewerIsMember members { accountId } } }`;

interface Added {
  addAssociationMemberByEmail: { members: { accountId: string }[] };
}

describe('Association members added by the e-mail address of their account', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let founder: TestAccount;
  let friend: TestAccount;
  let stranger: TestAccount;
  let agent: TestAccount;
  let associationId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // A small budget of additions by address, to reach it (each answer tells whether an account has
    // the address).
    config = testConfig({
      DATABASE_URL: db.url,
      RATE_LIMIT_BUDGETS: 'association-member-by-email:account=3',
    });
    api = await startApi(config);
    [founder, friend, stranger, agent] = await Promise.all([
      newAccount(config, db.url),
      newAccount(config, db.url),
      newAccount(config, db.url),
      newAgent(config, db.url),
    ]);
    associationId = (
      await ok<{ proposeAssociation: { id: string } }>(
        api.url,
        PROPOSE,
        {
          input: {
            name: 'Les Jardins partagés',
            description: 'Des jardins ouverts à tous.',
            fields: ['OTHER'],
          },
        },
        founder,
      )
    ).proposeAssociation.id;
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const add = (who: TestAccount, email: string) =>
    graphql<Added>(api.url, ADD_BY_EMAIL, { input: { associationId, email } }, bearer(who));

  it('a member adds an account by its address, whatever its case; audited like an add by id', async () => {
    const r = await add(founder, `  ${friend.email.toUpperCase()} `.trim());
    expect(r.errors).toBeUndefined();
    expect(r.data!.addAssociationMemberByEmail.members.map((m) => m.accountId).sort()).toEqual(
      [founder.id, friend.id].sort(),
    );
    const audit = await api.app
      .get<DataSource>(getDataSourceToken())
      .query(
        `SELECT action FROM audit_log WHERE object_type = 'association' AND object_id = $1 ORDER BY id`,
        [associationId],
      );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'association.proposed',
      'association.member-added',
    ]);
  });

  it('an unknown address is refused on the e-mail field; a member twice, as a conflict', async () => {
    const unknown = await add(founder, 'personne@nulle-part.example.fr');
    expect(fieldsOf(unknown)).toEqual(['input.email']);
    expect(unknown.errors![0].message).toContain('aucun compte');
    const twice = await add(friend, founder.email);
    expect(reasonOf(twice)).toBe('ALREADY_ASSOCIATION_MEMBER');
  });

  it('only its members and agents add: others are refused before any lookup', async () => {
    expect(codeOf(await add(stranger, stranger.email))).toBe('FORBIDDEN');
    const byAgent = await add(agent, stranger.email);
    expect(byAgent.errors).toBeUndefined();
  });

  it('counts a member’s additions by address against their own budget, never an agent’s', async () => {
    // The friend asked once above; two more are answered, the next is refused.
    const codes: unknown[] = [];
    for (const n of [1, 2, 3])
      codes.push(codeOf(await add(friend, `inconnu-${n}@nulle-part.example.fr`)));
    expect(codes[2]).toBe('RATE_LIMITED');
    expect(codes.slice(0, 2)).not.toContain('RATE_LIMITED');
    for (const n of [1, 2, 3, 4]) {
      const r = await add(agent, `autre-${n}@nulle-part.example.fr`);
      expect(fieldsOf(r)).toEqual(['input.email']);
    }
  });
});

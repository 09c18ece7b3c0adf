import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { SCHEDULES_QUEUE } from '@quorum/outbox';
import { ProposalExpiryTask, ProposalsService } from '@quorum/proposals';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  bearer,
  newAgent,
  newResident,
  newVerifiedResident,
  TestAccount,
} from './support/factories';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
  clock,
  codeOf,
} from './support/test-env';
import { countStatements } from './support/sql-statements';

/** The charter's default support window (SPEC §2: 90 days). */
const SUPPORT_WINDOW_MS = 90 * 86_400_000;
/** The charter's default time to answer an adopted proposal (SPEC §2: 60 days). */
const ANSWER_DEADLINE_MS = 60 * 86_400_000;
import { MailCatcher } from '../scripts/mail-catcher';

const FIELDS = 'id status supportCount supportThreshold title bodyHtml authorName qualifiedAt';
const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { ${FIELDS} } }`;
// Supports answer with a payload saying whether the call changed anything.
const SELECTIONS: Record<string, string> = {
  supportProposal: `alreadySupported proposal { ${FIELDS} viewerSupports }`,
  withdrawSupport: `wasSupporting proposal { ${FIELDS} viewerSupports }`,
};
const act = (name: string) =>
  `mutation($id: ID!) { ${name}(id: $id) { ${SELECTIONS[name] ?? FIELDS} } }`;
const FOLLOW = `mutation($id: ID!) { followProposal(id: $id) { following } }`;

type P = {
  id: string;
  status: string;
  supportCount: number;
  supportThreshold: number | null;
  bodyHtml: string;
};
type Viewed = P & { viewerSupports: boolean; viewerFollows: boolean };

describe('Proposals: lifecycle and supports', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;
  let councilId: string;
  let smtp: MailCatcher;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl });
    api = await startApi(config);
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
    const r = await graphql<{ createCouncil: { id: string } }>(
      api.url,
      `
        mutation {
          createCouncil(
            input: {
              name: "Conseil des Lilas"
              slug: "lilas"
              neighbourhood: "Les Lilas"
              perimeterDescription: "Autour du square"
              charter: { supportThreshold: 3 }
            }
          ) {
            id
          }
        }
      `,
      {},
      bearer(agent),
    );
    councilId = r.data!.createCouncil.id;
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
    await db.drop();
  });

  const dataSource = () => api.app.get<DataSource>(getDataSourceToken());
  const resident = () => newVerifiedResident(config, db.url, { neighbourhood: 'les lilas' });
  const submit = async (author: TestAccount, extra: Record<string, unknown> = {}) =>
    graphql<{ submitProposal: P }>(
      api.url,
      SUBMIT,
      {
        input: {
          councilId,
          title: 'Un composteur au square',
          body: 'Pour **tous** les voisins.',
          category: 'ENVIRONMENT',
          ...extra,
        },
      },
      bearer(author),
    );
  const run = <T = Record<string, P>>(name: string, id: string, who?: TestAccount) =>
    graphql<T>(api.url, act(name), { id }, who ? bearer(who) : {});

  it('submits a draft seen by its author only, publishes it with the charter’s threshold, renders Markdown safely', async () => {
    const author = await resident();
    const draft = (await submit(author, { body: 'Pour **tous**. <script>alert(1)</script>' })).data!
      .submitProposal;
    expect(draft.status).toBe('DRAFT');
    expect(draft.bodyHtml).toContain('<strong>tous</strong>');
    expect(draft.bodyHtml).not.toContain('<script');
    expect(
      codeOf(
        await graphql(
          api.url,
          `
            query ($id: ID!) {
              proposal(id: $id) {
                id
              }
            }
          `,
          { id: draft.id },
        ),
      ),
    ).toBe('NOT_FOUND');
    const other = await resident();
    expect(codeOf(await run('publishProposal', draft.id, other))).toBe('FORBIDDEN');
    const published = (await run('publishProposal', draft.id, author)).data!.publishProposal;
    expect(published).toMatchObject({ status: 'PUBLISHED', supportThreshold: 3 });
    const again = await run('publishProposal', draft.id, author);
    expect(codeOf(again)).toBe('PRECONDITION_FAILED');
    expect(again.errors![0].message).toMatch(/la proposition est publiée/);
  });

  it('refuses bad content naming the field', async () => {
    const author = await resident();
    const short = await submit(author, { title: 'Abc' });
    expect(short.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.title', message: expect.any(String) },
    ]);
    const long = await submit(author, { body: 'x'.repeat(20_001) });
    expect(long.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.body', message: expect.any(String) },
    ]);
    const unverified = await newResident(config, db.url, { emailVerified: false });
    expect(codeOf(await submit(unverified))).toBe('FORBIDDEN');
  });

  it('counts supports of verified residents of the neighbourhood once, and qualifies at the threshold', async () => {
    const author = await resident();
    const { id } = (await submit(author, { publish: true })).data!.submitProposal;
    const outsider = await newVerifiedResident(config, db.url, { neighbourhood: 'ailleurs' });
    expect(codeOf(await run('supportProposal', id, outsider))).toBe('FORBIDDEN');
    const notVerified = await newResident(config, db.url);
    expect(codeOf(await run('supportProposal', id, notVerified))).toBe('FORBIDDEN');

    const [a, b, c] = await Promise.all([resident(), resident(), resident()]);
    type Supported = { supportProposal: { alreadySupported: boolean; proposal: Viewed } };
    type Withdrawn = { withdrawSupport: { wasSupporting: boolean; proposal: Viewed } };
    const support = async (who: TestAccount) =>
      (await run<Supported>('supportProposal', id, who)).data!.supportProposal;
    const withdraw = async (who: TestAccount) =>
      (await run<Withdrawn>('withdrawSupport', id, who)).data!.withdrawSupport;
    expect(await support(a)).toMatchObject({
      alreadySupported: false,
      proposal: { supportCount: 1, viewerSupports: true },
    });
    // Again: nothing changes, and the answer says so.
    expect(await support(a)).toMatchObject({
      alreadySupported: true,
      proposal: { supportCount: 1, viewerSupports: true },
    });
    expect(await withdraw(a)).toMatchObject({
      wasSupporting: true,
      proposal: { supportCount: 0, viewerSupports: false },
    });
    expect(await withdraw(a)).toMatchObject({
      wasSupporting: false,
      proposal: { supportCount: 0, viewerSupports: false },
    });
    await support(a);
    await support(b);
    const third = (await support(c)).proposal;
    expect(third).toMatchObject({ status: 'QUALIFIED', supportCount: 3 });
    const viewed = async (who?: TestAccount) =>
      (
        await graphql<{ proposal: Viewed }>(
          api.url,
          `
            query ($id: ID!) {
              proposal(id: $id) {
                viewerSupports
                viewerFollows
              }
            }
          `,
          { id },
          who ? bearer(who) : {},
        )
      ).data!.proposal;
    expect(await viewed(c)).toEqual({ viewerSupports: true, viewerFollows: false });
    expect(await viewed(author)).toEqual({ viewerSupports: false, viewerFollows: false });
    expect(await viewed()).toEqual({ viewerSupports: false, viewerFollows: false });
    await graphql(api.url, FOLLOW, { id }, bearer(author));
    expect(await viewed(author)).toEqual({ viewerSupports: false, viewerFollows: true });
    expect(codeOf(await run('withdrawSupport', id, c))).toBe('PRECONDITION_FAILED');
    // The author and the three supporters hear of it, once each.
    const recipients = [author, a, b, c].map((p) => p.email).sort();
    for (let i = 0; i < 200; i++) {
      const got = smtp.messages.filter((m) => recipients.includes(m.to[0]));
      if (got.length >= 4) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const mails = smtp.messages.filter((m) => recipients.includes(m.to[0]));
    expect(mails.map((m) => m.to[0]).sort()).toEqual(recipients);
    const toAuthor = mails.find((m) => m.to[0] === author.email)!;
    expect(toAuthor.subject).toBe(
      "Proposition retenue pour l'ordre du jour : Un composteur au square",
    );
    expect(toAuthor.text).toContain('a réuni assez de soutiens');
  });

  it('stays exact under concurrency: 200 residents and 50 calls from one, one QUALIFIED transition', async () => {
    const author = await resident();
    await graphql(
      api.url,
      `
        mutation ($input: UpdateCouncilCharterInput!) {
          updateCouncilCharter(input: $input) {
            id
          }
        }
      `,
      {
        input: { councilId, charter: { supportThreshold: 150 } },
      },
      bearer(agent),
    );
    const { id } = (await submit(author, { publish: true })).data!.submitProposal;
    const residents: TestAccount[] = [];
    while (residents.length < 200)
      residents.push(...(await Promise.all(Array.from({ length: 10 }, () => resident()))));
    const eager = await resident();
    const calls = [
      ...residents.map((r) => run('supportProposal', id, r)),
      ...Array.from({ length: 50 }, () => run('supportProposal', id, eager)),
    ];
    const answers = await Promise.all(calls);
    expect(answers.filter((r) => r.errors)).toEqual([]);
    const [row] = await dataSource().query(
      `SELECT status, support_count FROM proposal WHERE id = $1`,
      [id],
    );
    const [{ n }] = await dataSource().query(
      `SELECT count(*)::int AS n FROM proposal_support WHERE proposal_id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'QUALIFIED', support_count: 201 });
    expect(n).toBe(201);
    const transitions = await dataSource().query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'proposal.qualified' AND object_id = $1`,
      [id],
    );
    expect(transitions[0].n).toBe(1);
    const events = await dataSource().query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'proposal.qualified' AND payload->>'proposalId' = $1`,
      [id],
    );
    expect(events[0].n).toBe(1);
    await graphql(
      api.url,
      `
        mutation ($input: UpdateCouncilCharterInput!) {
          updateCouncilCharter(input: $input) {
            id
          }
        }
      `,
      {
        input: { councilId, charter: { supportThreshold: 3 } },
      },
      bearer(agent),
    );
  });

  it('lets the author withdraw before the agenda, and not afterwards twice', async () => {
    const author = await resident();
    const { id } = (await submit(author, { publish: true })).data!.submitProposal;
    expect(codeOf(await run('withdrawProposal', id, await resident()))).toBe('FORBIDDEN');
    expect(
      (await run<{ withdrawProposal: P }>('withdrawProposal', id, author)).data!.withdrawProposal
        .status,
    ).toBe('WITHDRAWN');
    expect(codeOf(await run('withdrawProposal', id, author))).toBe('PRECONDITION_FAILED');
    expect(codeOf(await run('supportProposal', id, await resident()))).toBe('PRECONDITION_FAILED');
  });

  it('lists with filters, allow-listed orders and cursors, in a constant number of queries', async () => {
    const author = await resident();
    for (let i = 0; i < 3; i++)
      await submit(author, { publish: true, category: 'MOBILITY', title: `Piste cyclable ${i}` });
    const list = `query($first: Int, $after: String, $order: ProposalOrder) {
      proposals(councilId: "${councilId}", category: MOBILITY, first: $first, after: $after, orderBy: $order) {
        totalCount edges { node { title authorName supportCount } } pageInfo { hasNextPage endCursor } } }`;
    type L = {
      proposals: {
        totalCount: number;
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const page1 = await graphql<L>(api.url, list, { first: 2, order: 'NEWEST' });
    expect(page1.data!.proposals.totalCount).toBe(3);
    expect(page1.data!.proposals.edges.map((e) => e.node.title)).toEqual([
      'Piste cyclable 2',
      'Piste cyclable 1',
    ]);
    const page2 = await graphql<L>(api.url, list, {
      first: 2,
      after: page1.data!.proposals.pageInfo.endCursor,
      order: 'NEWEST',
    });
    expect(page2.data!.proposals.edges.map((e) => e.node.title)).toEqual(['Piste cyclable 0']);
    expect(page2.data!.proposals.pageInfo.hasNextPage).toBe(false);
    expect(
      codeOf(
        await graphql(
          api.url,
          `
            {
              proposals(orderBy: TITLE) {
                totalCount
              }
            }
          `,
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    // The same number of SQL statements for 10 and for 100 proposals.
    for (let i = 0; i < 100; i++)
      await submit(author, { publish: true, category: 'SAFETY', title: `Passage piéton ${i}` });
    const countQueries = (first: number, fields = '', who?: TestAccount) =>
      countStatements(dataSource(), async () => {
        const r = await graphql<L>(
          api.url,
          `{ proposals(category: SAFETY, first: ${first}) { edges { node { title authorName supportCount councilId comments { id } ${fields} } } } }`,
          {},
          who ? bearer(who) : {},
        );
        expect(r.data!.proposals.edges).toHaveLength(first);
      });
    const [ten, hundred] = [await countQueries(10), await countQueries(100)];
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
    // The councils and the pages of comments of a whole page: one batch each, whatever its size.
    const BATCHED = 'council { name } commentPage(first: 2) { totalCount edges { node { id } } }';
    expect(await countQueries(100, BATCHED)).toBe(await countQueries(10, BATCHED));
    const withCouncil = await graphql<{
      proposals: {
        edges: { node: { councilId: string; council: { id: string; name: string } } }[];
      };
    }>(
      api.url,
      `
        {
          proposals(category: SAFETY, first: 2) {
            edges {
              node {
                councilId
                council {
                  id
                  name
                }
              }
            }
          }
        }
      `,
    );
    for (const { node } of withCouncil.data!.proposals.edges) {
      expect(node.council).toEqual({ id: node.councilId, name: 'Conseil des Lilas' });
    }

    // Where the caller stands: one more query for the whole page, whatever its size.
    const viewer = await resident();
    const safety = await graphql<{ proposals: { edges: { node: { id: string } }[] } }>(
      api.url,
      `
        {
          proposals(category: SAFETY, first: 3) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
    );
    for (const { node } of safety.data!.proposals.edges) {
      await run('supportProposal', node.id, viewer);
      await graphql(api.url, FOLLOW, { id: node.id }, bearer(viewer));
    }
    const VIEWER = 'viewerSupports viewerFollows';
    const signedIn = [
      await countQueries(20, '', viewer),
      await countQueries(20, VIEWER, viewer),
      await countQueries(100, VIEWER, viewer),
    ];
    expect(signedIn[2]).toBe(signedIn[1]);
    // One read more: the SELECT alone (a read runs without BEGIN and COMMIT, TransactionService.read).
    expect(signedIn[1] - signedIn[0]).toBe(1);
    expect(await countQueries(100, VIEWER)).toBe(hundred); // anonymous: nothing to ask
    const page = await graphql<{
      proposals: { edges: { node: { viewerSupports: boolean; viewerFollows: boolean } }[] };
    }>(
      api.url,
      `{ proposals(category: SAFETY, first: 100) { edges { node { ${VIEWER} } } } }`,
      {},
      bearer(viewer),
    );
    const nodes = page.data!.proposals.edges.map((e) => e.node);
    expect(nodes.filter((n) => n.viewerSupports)).toHaveLength(3);
    expect(nodes.filter((n) => n.viewerFollows)).toHaveLength(3);
  });

  it('finds "vélo" when asked "velo", title matches first, and warns of similar titles', async () => {
    const author = await resident();
    await submit(author, {
      publish: true,
      title: 'Un arceau pour garer son vélo',
      body: 'Près de l’école.',
    });
    await submit(author, {
      publish: true,
      title: 'Plus de bancs au square',
      body: 'Et un parking à vélo à côté.',
    });
    await submit(author, { publish: true, title: 'Des fleurs sur la place', body: 'Rien à voir.' });
    const search = await graphql<{ proposals: { edges: { node: { title: string } }[] } }>(
      api.url,
      `{ proposals(search: "velo", councilId: "${councilId}") { edges { node { title } } } }`,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data!.proposals.edges.map((e) => e.node.title)).toEqual([
      'Un arceau pour garer son vélo',
      'Plus de bancs au square',
    ]);
    const similar = await graphql<{ similarProposals: { title: string }[] }>(
      api.url,
      `{ similarProposals(title: "arceau pour garer les velos", councilId: "${councilId}") { title } }`,
    );
    expect(similar.data!.similarProposals.map((p) => p.title)).toContain(
      'Un arceau pour garer son vélo',
    );
    expect(similar.data!.similarProposals.map((p) => p.title)).not.toContain(
      'Des fleurs sur la place',
    );
    expect(
      codeOf(
        await graphql(
          api.url,
          `
            {
              proposals(orderBy: RELEVANCE) {
                totalCount
              }
            }
          `,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('keeps XSS in a title as plain text and out of the rendered body', async () => {
    const author = await resident();
    const payload =
      '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(2)</script>';
    const r = await submit(author, { title: `Titre <script>alert(1)</script>`, body: payload });
    const proposal = r.data!.submitProposal as P & { title: string };
    expect(proposal.title).toBe('Titre <script>alert(1)</script>');
    // The payload survives as visible text only: no element or attribute a browser would run.
    expect(proposal.bodyHtml).not.toMatch(/<(script|img)\b/i);
    expect(proposal.bodyHtml).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(proposal.bodyHtml).not.toMatch(/href\s*=\s*"?\s*javascript:/i);
  });

  describe('discussion and moderation', () => {
    const COMMENT = `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id parentId bodyHtml authorName } }`;
    const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { id bodyHtml editedAt } }`;
    const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
    const MODERATE = `mutation($input: ModerateContentInput!) { moderateContent(input: $input) { hidden hiddenReason } }`;
    type C = { commentOnProposal: { id: string; parentId: string | null; bodyHtml: string } };

    it('threads comments one level deep, renders them safely, and lists them with the proposal', async () => {
      const author = await resident();
      const { id } = (await submit(author, { publish: true })).data!.submitProposal;
      const reader = await resident();
      const top = await graphql<C>(
        api.url,
        COMMENT,
        { input: { proposalId: id, body: 'Bonne idée ! <img src=x onerror=alert(1)>' } },
        bearer(reader),
      );
      expect(top.errors).toBeUndefined();
      expect(top.data!.commentOnProposal.bodyHtml).not.toMatch(/<img\b/i);
      const reply = await graphql<C>(
        api.url,
        COMMENT,
        { input: { proposalId: id, body: 'Merci.', parentId: top.data!.commentOnProposal.id } },
        bearer(author),
      );
      expect(reply.data!.commentOnProposal.parentId).toBe(top.data!.commentOnProposal.id);
      const deeper = await graphql(
        api.url,
        COMMENT,
        {
          input: { proposalId: id, body: 'Trop loin', parentId: reply.data!.commentOnProposal.id },
        },
        bearer(reader),
      );
      expect(deeper.errors?.[0].extensions?.fields).toEqual([
        { field: 'input.parentId', message: expect.any(String) },
      ]);
      const read = await graphql<{
        proposals: { edges: { node: { id: string; comments: { id: string }[] } }[] };
      }>(
        api.url,
        `{ proposals(councilId: "${councilId}", first: 100) { edges { node { id comments { id parentId } } } } }`,
      );
      expect(read.data!.proposals.edges.find((e) => e.node.id === id)!.node.comments).toHaveLength(
        2,
      );

      // A page at a time: the cursor continues its own proposal's page, and no other's.
      await graphql(
        api.url,
        COMMENT,
        { input: { proposalId: id, body: 'Un troisième.' } },
        bearer(reader),
      );
      type Page = {
        totalCount: number;
        edges: { node: { id: string; bodyHtml: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      const PAGE = `query($id: ID!, $after: String) { proposal(id: $id) {
        commentPage(first: 2, after: $after) { totalCount edges { node { id bodyHtml } } pageInfo { hasNextPage endCursor } } } }`;
      const first = await graphql<{ proposal: { commentPage: Page } }>(api.url, PAGE, { id });
      expect(first.data!.proposal.commentPage.totalCount).toBe(3);
      expect(first.data!.proposal.commentPage.edges.map((e) => e.node.id)).toEqual([
        top.data!.commentOnProposal.id,
        reply.data!.commentOnProposal.id,
      ]);
      expect(first.data!.proposal.commentPage.pageInfo.hasNextPage).toBe(true);
      const next = await graphql<{ proposal: { commentPage: Page } }>(api.url, PAGE, {
        id,
        after: first.data!.proposal.commentPage.pageInfo.endCursor,
      });
      expect(next.data!.proposal.commentPage.edges.map((e) => e.node.bodyHtml)).toEqual([
        expect.stringContaining('Un troisième.'),
      ]);
      expect(next.data!.proposal.commentPage.pageInfo.hasNextPage).toBe(false);
      const other = (await submit(author, { publish: true })).data!.submitProposal;
      expect(
        codeOf(
          await graphql(api.url, PAGE, {
            id: other.id,
            after: first.data!.proposal.commentPage.pageInfo.endCursor,
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await graphql(
            api.url,
            `
              query ($id: ID!) {
                proposal(id: $id) {
                  commentPage(first: 101) {
                    totalCount
                  }
                }
              }
            `,
            { id },
          ),
        ),
      ).toBe('BAD_USER_INPUT');
    });

    it('lets the author edit a comment for 15 minutes only', async () => {
      const author = await resident();
      const { id } = (await submit(author, { publish: true })).data!.submitProposal;
      const c = (
        await graphql<C>(
          api.url,
          COMMENT,
          { input: { proposalId: id, body: 'Premier jet' } },
          bearer(author),
        )
      ).data!.commentOnProposal;
      expect(
        codeOf(
          await graphql(
            api.url,
            EDIT,
            { input: { commentId: c.id, body: 'Pas à moi' } },
            bearer(await resident()),
          ),
        ),
      ).toBe('FORBIDDEN');
      const edited = await graphql<{ editComment: { bodyHtml: string; editedAt: string } }>(
        api.url,
        EDIT,
        { input: { commentId: c.id, body: 'Version **finale**' } },
        bearer(author),
      );
      expect(edited.data!.editComment.bodyHtml).toContain('<strong>finale</strong>');
      clock.travel(16 * 60_000);
      expect(
        codeOf(
          await graphql(
            api.url,
            EDIT,
            { input: { commentId: c.id, body: 'Trop tard' } },
            bearer(author),
          ),
        ),
      ).toBe('PRECONDITION_FAILED');
    });

    it('hides content after enough reports (one per person), and lets an agent restore or hide it, audited', async () => {
      const author = await resident();
      const { id } = (await submit(author, { publish: true })).data!.submitProposal;
      const input = { targetType: 'PROPOSAL', targetId: id, reason: 'Propos injurieux' };
      const [r1, r2, r3] = await Promise.all([resident(), resident(), resident()]);
      expect((await graphql(api.url, REPORT, { input }, bearer(r1))).data).toEqual({
        reportContent: true,
      });
      expect(codeOf(await graphql(api.url, REPORT, { input }, bearer(r1)))).toBe('CONFLICT');
      await graphql(api.url, REPORT, { input }, bearer(r2));
      await graphql(api.url, REPORT, { input }, bearer(r3));
      const hidden = await graphql<{
        proposal: { status: string; bodyHtml: string | null; hiddenReason: string };
      }>(
        api.url,
        `
          query ($id: ID!) {
            proposal(id: $id) {
              status
              bodyHtml
              hiddenReason
            }
          }
        `,
        { id },
      );
      expect(hidden.data!.proposal).toMatchObject({
        status: 'HIDDEN',
        bodyHtml: null,
        hiddenReason: expect.stringContaining('signalements'),
      });

      const queue = await graphql<{
        moderationQueue: { targetId: string; openReports: number; hidden: boolean }[];
      }>(
        api.url,
        `
          {
            moderationQueue {
              targetType
              targetId
              openReports
              reasons
              hidden
              excerpt
            }
          }
        `,
        {},
        bearer(agent),
      );
      expect(queue.data!.moderationQueue.find((item) => item.targetId === id)).toMatchObject({
        openReports: 3,
        hidden: true,
      });
      const restore = {
        targetType: 'PROPOSAL',
        targetId: id,
        action: 'RESTORE',
        reason: 'Relu : rien de contraire à la charte',
      };
      expect(codeOf(await graphql(api.url, MODERATE, { input: restore }, bearer(r1)))).toBe(
        'FORBIDDEN',
      );
      expect((await graphql(api.url, MODERATE, { input: restore }, bearer(agent))).data).toEqual({
        moderateContent: { hidden: false, hiddenReason: null },
      });
      const back = await graphql<{ proposal: { status: string } }>(
        api.url,
        `
          query ($id: ID!) {
            proposal(id: $id) {
              status
            }
          }
        `,
        { id },
      );
      expect(back.data!.proposal.status).toBe('PUBLISHED');
      const hide = { ...restore, action: 'HIDE', reason: 'Données personnelles d’un tiers' };
      expect((await graphql(api.url, MODERATE, { input: hide }, bearer(agent))).data).toEqual({
        moderateContent: { hidden: true, hiddenReason: 'Données personnelles d’un tiers' },
      });
      // Hiding what is hidden is a review: the reason is replaced, the reports closed.
      const review = { ...hide, reason: 'Nom et adresse d’un tiers' };
      const reviewed = await graphql(api.url, MODERATE, { input: review }, bearer(agent));
      expect(reviewed.data).toEqual({
        moderateContent: { hidden: true, hiddenReason: 'Nom et adresse d’un tiers' },
      });
      const agentView = await graphql<{ proposal: { bodyHtml: string | null } }>(
        api.url,
        `
          query ($id: ID!) {
            proposal(id: $id) {
              bodyHtml
            }
          }
        `,
        { id },
        bearer(agent),
      );
      expect(agentView.data!.proposal.bodyHtml).toContain('<strong>tous</strong>');
      const actions = await dataSource().query(
        `SELECT action FROM audit_log WHERE object_id = $1 AND action LIKE 'content.%' ORDER BY id`,
        [id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'content.auto-hidden',
        'content.restored',
        'content.hidden',
        'content.hidden',
      ]);
    });
  });

  it('hides and restores a comment, which keeps its place with the public reason', async () => {
    const author = await resident();
    const { id } = (await submit(author, { publish: true })).data!.submitProposal;
    const c = await graphql<{ commentOnProposal: { id: string } }>(
      api.url,
      `
        mutation ($input: CommentOnProposalInput!) {
          commentOnProposal(input: $input) {
            id
          }
        }
      `,
      { input: { proposalId: id, body: 'Un commentaire à modérer' } },
      bearer(await resident()),
    );
    const commentId = c.data!.commentOnProposal.id;
    const moderate = `mutation($input: ModerateContentInput!) { moderateContent(input: $input) { hidden } }`;
    const hide = {
      targetType: 'COMMENT',
      targetId: commentId,
      action: 'HIDE',
      reason: 'Attaque personnelle',
    };
    expect((await graphql(api.url, moderate, { input: hide }, bearer(agent))).data).toEqual({
      moderateContent: { hidden: true },
    });
    const read = `query($id: ID!) { proposal(id: $id) { comments { id bodyHtml hiddenReason } } }`;
    const hidden = await graphql<{
      proposal: { comments: { bodyHtml: string | null; hiddenReason: string }[] };
    }>(api.url, read, { id });
    expect(hidden.data!.proposal.comments).toEqual([
      { id: commentId, bodyHtml: null, hiddenReason: 'Attaque personnelle' },
    ]);
    await graphql(
      api.url,
      moderate,
      { input: { ...hide, action: 'RESTORE', reason: 'Relu, conforme' } },
      bearer(agent),
    );
    const restored = await graphql<{ proposal: { comments: { bodyHtml: string | null }[] } }>(
      api.url,
      read,
      { id },
    );
    expect(restored.data!.proposal.comments[0].bodyHtml).toContain('Un commentaire à modérer');
  });

  it('moderation hides words from search but never the town hall’s duties; late supports and foreign cursors are refused', async () => {
    const author = await resident();
    const { id } = (
      await submit(author, { publish: true, body: 'Le mot zorglubopolis est à masquer.' })
    ).data!.submitProposal;
    await dataSource().query(`UPDATE proposal SET status = 'ON_AGENDA' WHERE id = $1`, [id]);
    await api.app
      .get(TransactionService)
      .run((em) => api.app.get(ProposalsService).recordDecision(em, id, true, 60));
    for (const reporter of await Promise.all([resident(), resident(), resident()])) {
      await graphql(
        api.url,
        `
          mutation ($input: ReportContentInput!) {
            reportContent(input: $input)
          }
        `,
        {
          input: { targetType: 'PROPOSAL', targetId: id, reason: 'Abusif, vraiment' },
        },
        bearer(reporter),
      );
    }
    clock.travel(ANSWER_DEADLINE_MS + 86_400_000);
    const seen = await graphql<{
      proposal: { status: string; answerOverdue: boolean; bodyHtml: string | null };
    }>(
      api.url,
      `
        query ($id: ID!) {
          proposal(id: $id) {
            status
            answerOverdue
            bodyHtml
          }
        }
      `,
      { id },
    );
    expect(seen.data!.proposal).toEqual({ status: 'HIDDEN', answerOverdue: true, bodyHtml: null });
    const search = await graphql<{ proposals: { totalCount: number } }>(
      api.url,
      `
        {
          proposals(search: "zorglubopolis") {
            totalCount
          }
        }
      `,
    );
    expect(search.data!.proposals.totalCount).toBe(0);
    const answered = await graphql<{ answerProposal: { status: string } }>(
      api.url,
      `
        mutation ($input: AnswerProposalInput!) {
          answerProposal(input: $input) {
            status
          }
        }
      `,
      {
        input: {
          proposalId: id,
          answer: 'DECLINED',
          justification: 'Hors des compétences municipales.',
        },
      },
      bearer(agent),
    );
    expect(answered.errors).toBeUndefined();

    const late = (await submit(author, { publish: true })).data!.submitProposal.id;
    clock.travel(SUPPORT_WINDOW_MS + 60_000);
    const refused = await run('supportProposal', late, await resident());
    expect(codeOf(refused)).toBe('PRECONDITION_FAILED');
    expect(refused.errors![0].message).toMatch(/expirée/);

    const page = await graphql<{ proposals: { pageInfo: { endCursor: string } } }>(
      api.url,
      `
        {
          proposals(first: 1, orderBy: NEWEST) {
            pageInfo {
              endCursor
            }
          }
        }
      `,
    );
    const cursor = page.data!.proposals.pageInfo.endCursor;
    const foreign = await graphql(
      api.url,
      `
        query ($a: String) {
          proposals(first: 1, after: $a, orderBy: MOST_SUPPORTED) {
            totalCount
          }
        }
      `,
      { a: cursor },
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
  });

  it('pages without losing rows published within the same millisecond', async () => {
    const author = await resident();
    const ids: string[] = [];
    for (const title of ['Précision A', 'Précision B']) {
      ids.push(
        (await submit(author, { publish: true, category: 'EDUCATION_YOUTH', title })).data!
          .submitProposal.id,
      );
    }
    await dataSource().query(
      `UPDATE proposal SET published_at = '2030-01-01 00:00:00.123456+00' WHERE id = $1`,
      [ids[0]],
    );
    await dataSource().query(
      `UPDATE proposal SET published_at = '2030-01-01 00:00:00.123200+00' WHERE id = $1`,
      [ids[1]],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: {
        data?: {
          proposals: {
            edges: { node: { title: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } | null;
      } = await graphql(
        api.url,
        `
          query ($a: String) {
            proposals(category: EDUCATION_YOUTH, first: 1, after: $a) {
              edges {
                node {
                  title
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        `,
        { a: after },
      );
      seen.push(...r.data!.proposals.edges.map((e) => e.node.title));
      if (!r.data!.proposals.pageInfo.hasNextPage) break;
      after = r.data!.proposals.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Précision A', 'Précision B']);
  });

  describe('official answers', () => {
    const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { status answer answeredAt } }`;
    const decide = async (id: string, adopted: boolean) => {
      await dataSource().query(`UPDATE proposal SET status = 'ON_AGENDA' WHERE id = $1`, [id]);
      await api.app
        .get(TransactionService)
        .run((em) => api.app.get(ProposalsService).recordDecision(em, id, adopted, 60));
    };

    it('answers an adopted proposal once, flags overdue answers, and marks accepted ones implemented', async () => {
      const author = await resident();
      const { id } = (await submit(author, { publish: true })).data!.submitProposal;
      const input = {
        proposalId: id,
        answer: 'PARTIALLY_ACCEPTED',
        justification: 'Le budget 2027 finance la moitié.',
      };
      expect(codeOf(await graphql(api.url, ANSWER, { input }, bearer(agent)))).toBe(
        'PRECONDITION_FAILED',
      );
      await decide(id, true);
      const read = `query($id: ID!) { proposal(id: $id) { status answerDeadline answerOverdue } }`;
      const adopted = await graphql<{
        proposal: { status: string; answerDeadline: string; answerOverdue: boolean };
      }>(api.url, read, { id });
      expect(adopted.data!.proposal).toMatchObject({ status: 'ADOPTED', answerOverdue: false });
      clock.travel(ANSWER_DEADLINE_MS + 86_400_000);
      expect(
        (await graphql<{ proposal: { answerOverdue: boolean } }>(api.url, read, { id })).data!
          .proposal.answerOverdue,
      ).toBe(true);

      expect(codeOf(await graphql(api.url, ANSWER, { input }, bearer(author)))).toBe('FORBIDDEN');
      expect(
        (
          await graphql<{ answerProposal: { status: string } }>(
            api.url,
            ANSWER,
            { input },
            bearer(agent),
          )
        ).data!.answerProposal.status,
      ).toBe('ANSWERED');
      expect(codeOf(await graphql(api.url, ANSWER, { input }, bearer(agent)))).toBe(
        'PRECONDITION_FAILED',
      );
      const done = await run<{ markProposalImplemented: P }>('markProposalImplemented', id, agent);
      expect(done.data!.markProposalImplemented.status).toBe('IMPLEMENTED');
    });

    it('does not mark a declined proposal implemented; a rejected one cannot be answered', async () => {
      const author = await resident();
      const declined = (await submit(author, { publish: true })).data!.submitProposal.id;
      await decide(declined, true);
      await graphql(
        api.url,
        ANSWER,
        {
          input: {
            proposalId: declined,
            answer: 'DECLINED',
            justification: 'Hors des compétences de la ville.',
          },
        },
        bearer(agent),
      );
      expect(codeOf(await run('markProposalImplemented', declined, agent))).toBe(
        'PRECONDITION_FAILED',
      );
      const rejected = (await submit(author, { publish: true })).data!.submitProposal.id;
      await decide(rejected, false);
      const r = await graphql(
        api.url,
        ANSWER,
        {
          input: {
            proposalId: rejected,
            answer: 'ACCEPTED',
            justification: 'Sans objet, en fait.',
          },
        },
        bearer(agent),
      );
      expect(codeOf(r)).toBe('PRECONDITION_FAILED');
    });
  });

  it('expires published proposals whose window closed, on a schedule registered once for all workers', async () => {
    const author = await resident();
    const { id } = (await submit(author, { publish: true })).data!.submitProposal;
    clock.travel(SUPPORT_WINDOW_MS + 60_000);
    const fresh = (await submit(author, { publish: true })).data!.submitProposal.id;
    await worker.get(ProposalExpiryTask).run();
    const rows = await dataSource().query(`SELECT id, status FROM proposal WHERE id = ANY($1)`, [
      [id, fresh],
    ]);
    expect(
      Object.fromEntries(rows.map((r: { id: string; status: string }) => [r.id, r.status])),
    ).toEqual({
      [id]: 'EXPIRED',
      [fresh]: 'PUBLISHED',
    });
    expect(codeOf(await run('supportProposal', id, await resident()))).toBe('PRECONDITION_FAILED');

    const second = await startWorker(config);
    const queue = new Queue(SCHEDULES_QUEUE, {
      connection: { url: config.REDIS_URL },
      prefix: config.QUEUE_PREFIX,
    });
    try {
      const schedulers = await queue.getJobSchedulers();
      // One scheduler per task, whatever the number of workers.
      const keys = schedulers.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(
        schedulers.filter((s) => s.key === 'proposals.expire').map((s) => Number(s.every)),
      ).toEqual([15 * 60 * 1000]);
    } finally {
      await queue.close();
      await second.close();
    }
  });

  it('keeps totalCount exact: the tally the triggers keep agrees with counting the rows', async () => {
    // By now this file has published, withdrawn, qualified, expired, hidden and answered proposals.
    const author = await resident();
    await submit(author, { title: 'Un brouillon à moi', category: 'MOBILITY' });
    const cases: [string, string, unknown[]][] = [
      ['', `status <> 'DRAFT'`, []],
      [`councilId: "${councilId}"`, `status <> 'DRAFT' AND council_id = $1`, [councilId]],
      ['status: PUBLISHED', `status = 'PUBLISHED' AND hidden_at IS NULL`, []],
      ['status: HIDDEN', `status <> 'DRAFT' AND hidden_at IS NOT NULL`, []],
      [
        'status: WITHDRAWN, category: MOBILITY',
        `status = 'WITHDRAWN' AND hidden_at IS NULL AND category = 'MOBILITY'`,
        [],
      ],
      [
        'category: MOBILITY',
        `(status <> 'DRAFT' OR author_id = $1) AND category = 'MOBILITY'`,
        [author.id],
      ],
    ];
    for (const [args, where, params] of cases) {
      const who = where.includes('author_id') ? bearer(author) : {};
      const r = await graphql<{ proposals: { totalCount: number } }>(
        api.url,
        `{ proposals${args ? `(${args})` : ''} { totalCount } }`,
        {},
        who,
      );
      const [{ n }] = await dataSource().query(
        `SELECT count(*)::int AS n FROM proposal WHERE ${where}`,
        params,
      );
      expect({ args, totalCount: r.data!.proposals.totalCount }).toEqual({ args, totalCount: n });
    }
    const [{ drift }] = await dataSource().query(
      `SELECT count(*)::int AS drift FROM (
         SELECT council_id, status, category, hidden_at IS NOT NULL AS hidden, count(*)::int AS n FROM proposal GROUP BY 1, 2, 3, 4
         EXCEPT SELECT council_id, status, category, hidden, n FROM proposal_tally WHERE n <> 0) d`,
    );
    expect(drift).toBe(0);
  });
});

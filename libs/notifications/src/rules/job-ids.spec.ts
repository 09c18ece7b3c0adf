import fc from 'fast-check';
import {
  digestDeliveryKey,
  digestJobId,
  emailBatchJobId,
  emailDeliveryKey,
  emailJobId,
  fanOutJobId,
  messageIdOf,
} from './job-ids';

describe('job ids', () => {
  it('the first batch of a fan-out is `fanout-<event>-first`, the next ones name the last recipient', () => {
    expect(fanOutJobId('12', null)).toBe('fanout-12-first');
    expect(fanOutJobId('12', 'b3f0')).toBe('fanout-12-b3f0');
  });

  it('an e-mail and a digest have one job each', () => {
    expect(emailJobId('e1')).toBe('email-e1');
    expect(digestJobId('d1')).toBe('digest-d1');
  });

  it('never hold a colon, which BullMQ refuses', () =>
    fc.assert(
      fc.property(fc.bigInt({ min: 1n }), fc.option(fc.uuid()), fc.uuid(), (event, after, row) =>
        [fanOutJobId(String(event), after), emailJobId(row), digestJobId(row)].every(
          (id) => !id.includes(':'),
        ),
      ),
    ));
  it('differ from one job to another: fan-out batches, e-mails and digests', () =>
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 2, maxLength: 2 }), ([a, b]) => {
        const ids = [
          fanOutJobId('1', null),
          fanOutJobId('1', a),
          fanOutJobId('1', b),
          fanOutJobId('2', a),
          emailJobId(a),
          emailJobId(b),
          digestJobId(a),
          digestJobId(b),
        ];
        expect(new Set(ids).size).toBe(ids.length);
      }),
    ));
});

describe('emailBatchJobId', () => {
  it('is the same for the same e-mails in the same order, and differs otherwise', () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 2, maxLength: 50 }),
        fc.uuid(),
        (ids, other) => {
          expect(emailBatchJobId([...ids])).toBe(emailBatchJobId(ids));
          expect(emailBatchJobId(ids)).not.toBe(emailBatchJobId(ids.slice(1)));
          if (!ids.includes(other))
            expect(emailBatchJobId(ids)).not.toBe(emailBatchJobId([...ids.slice(1), other]));
          expect(emailBatchJobId(ids)).toMatch(/^emails-[\w-]{32}$/);
          expect(emailBatchJobId(ids)).not.toBe(emailJobId(ids[0]));
          expect(emailBatchJobId(ids, 'sweep-1')).toBe(emailBatchJobId(ids, 'sweep-1'));
          expect(emailBatchJobId(ids, 'sweep-1')).not.toBe(emailBatchJobId(ids));
          expect(emailBatchJobId(ids, 'sweep-1')).not.toBe(emailBatchJobId(ids, 'sweep-2'));
        },
      ),
    ));
});

describe('messageIdOf', () => {
  it('is the delivery key at the public host', () =>
    expect(messageIdOf('notification-email-1', 'https://quorum.example.fr')).toBe(
      '<notification-email-1@quorum.example.fr>',
    ));

  it('is a valid id whatever the key', () =>
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(messageIdOf(key, 'https://quorum.example.fr/')).toMatch(
          /^<[A-Za-z0-9.-]*@quorum\.example\.fr>$/,
        );
      }),
    ));

  it('differs from one delivery to another: e-mails and digests, whatever their rows', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(emailDeliveryKey, digestDeliveryKey),
        fc.oneof(fc.uuid(), fc.bigInt({ min: 1n }).map(String)),
        fc.constantFrom(emailDeliveryKey, digestDeliveryKey),
        fc.oneof(fc.uuid(), fc.bigInt({ min: 1n }).map(String)),
        (kindA, a, kindB, b) => {
          const host = 'https://quorum.example.fr';
          const same = kindA === kindB && a === b;
          expect(messageIdOf(kindA(a), host) === messageIdOf(kindB(b), host)).toBe(same);
        },
      ),
    ));
});

import fc from 'fast-check';
import { digestJobId, emailJobId, fanOutJobId, messageIdOf } from './job-ids';

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
});

describe('messageIdOf', () => {
  it('is the delivery key at the public host', () =>
    expect(messageIdOf('notification-email-1', 'https://quorum.example.fr')).toBe(
      '<notification-email-1@quorum.example.fr>',
    ));

  it('is the same for the same delivery, and a valid id whatever the key', () =>
    fc.assert(
      fc.property(fc.string(), (key) => {
        const id = messageIdOf(key, 'https://quorum.example.fr/');
        expect(id).toBe(messageIdOf(key, 'https://quorum.example.fr/'));
        expect(id).toMatch(/^<[A-Za-z0-9.-]*@quorum\.example\.fr>$/);
      }),
    ));
});

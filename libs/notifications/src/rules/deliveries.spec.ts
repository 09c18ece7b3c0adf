import fc from 'fast-check';
import {
  chunked,
  digestJobStep,
  emailFailureStep,
  emailJobStep,
  typesTurnedOff,
  unsubscribeOnceKey,
} from './deliveries';

describe('emailJobStep', () => {
  it('sends a PENDING e-mail to its address', () =>
    expect(emailJobStep({ status: 'PENDING', address: 'a@example.fr' })).toBe('send'));

  it('marks FAILED a PENDING e-mail whose person has no address any more', () =>
    expect(emailJobStep({ status: 'PENDING', address: null })).toBe('fail'));

  it.each(['SENT', 'DROPPED', 'FAILED', 'DIGEST', 'DIGESTED'] as const)(
    'leaves alone an e-mail %s (a job run again sends nothing twice)',
    (status) => expect(emailJobStep({ status, address: 'a@example.fr' })).toBe('skip'),
  );

  it('does nothing for an e-mail gone (erased with its person)', () =>
    expect(emailJobStep(undefined)).toBe('skip'));
});

describe('digestJobStep', () => {
  it('sends a digest not sent yet', () =>
    expect(digestJobStep({ sentAt: null, address: 'a@example.fr' })).toBe('send'));

  it('sends a digest once', () =>
    expect(digestJobStep({ sentAt: new Date(), address: 'a@example.fr' })).toBe('skip'));

  it('closes unsent the digest of a person without an address', () =>
    expect(digestJobStep({ sentAt: null, address: null })).toBe('close'));

  it('does nothing for a digest gone', () => expect(digestJobStep(undefined)).toBe('skip'));
});

describe('typesTurnedOff', () => {
  it('an e-mail’s link turns off its own event type only', () =>
    expect(typesTurnedOff({ eventType: 'comment.replied' }, ['proposal.published'])).toEqual([
      'comment.replied',
    ]));

  it('a digest’s link turns off every type the digest held, each once, in order', () =>
    expect(
      typesTurnedOff({ eventType: null }, ['proposal.published', 'ballot.closed', 'ballot.closed']),
    ).toEqual(['ballot.closed', 'proposal.published']));
});

describe('unsubscribeOnceKey', () => {
  it('names the link’s kind and row', () =>
    expect(unsubscribeOnceKey('d', 'abc')).toBe('unsubscribe-d-abc'));
});

describe('emailFailureStep', () => {
  it.each([
    [550, 'refused'],
    [553, 'refused'],
    [451, 'alone'],
    [452, 'alone'],
    [421, 'batch'],
    [undefined, 'batch'],
    [250, 'batch'],
  ] as const)('SMTP reply %s → %s', (code, step) => expect(emailFailureStep(code)).toBe(step));
});

describe('chunked', () => {
  it('cuts in order, the last chunk shorter, nothing lost or repeated', () =>
    fc.assert(
      fc.property(fc.array(fc.nat()), fc.integer({ min: 1, max: 20 }), (items, size) => {
        const chunks = chunked(items, size);
        expect(chunks.flat()).toEqual(items);
        expect(chunks.every((c) => c.length >= 1 && c.length <= size)).toBe(true);
        expect(chunks.slice(0, -1).every((c) => c.length === size)).toBe(true);
      }),
    ));
});

import { digestJobStep, emailJobStep, typesTurnedOff, unsubscribeOnceKey } from './deliveries';

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

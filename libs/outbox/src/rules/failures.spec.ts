import fc from 'fast-check';
import { attemptsUsedUp, deadLetterError, failsForGood } from './failures';

describe('failsForGood', () => {
  it('a permanent error is final at any attempt', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.option(fc.integer({ min: 1, max: 50 })),
        (attempt, attempts) =>
          failsForGood({ permanent: true, attempt, attempts: attempts ?? undefined }),
      ),
    ));

  it('a passing error is final only on the last attempt', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        (attempt, attempts) =>
          expect(failsForGood({ permanent: false, attempt, attempts })).toBe(attempt >= attempts),
      ),
    ));

  it('a job without attempts in its options has one: its first failure is final', () =>
    expect(failsForGood({ permanent: false, attempt: 1, attempts: undefined })).toBe(true));

  it('the third failure of five is retried, the fifth is not', () => {
    expect(failsForGood({ permanent: false, attempt: 3, attempts: 5 })).toBe(false);
    expect(failsForGood({ permanent: false, attempt: 5, attempts: 5 })).toBe(true);
  });
});

describe('attemptsUsedUp', () => {
  it('once BullMQ has counted as many runs as attempts, none is left', () => {
    expect(attemptsUsedUp(4, 5)).toBe(false);
    expect(attemptsUsedUp(5, 5)).toBe(true);
    expect(attemptsUsedUp(1, undefined)).toBe(true);
  });
});

describe('deadLetterError', () => {
  it('keeps the error’s name and message', () =>
    expect(deadLetterError(new TypeError('boom'))).toBe('TypeError: boom'));

  it('says what was thrown when it is not an Error', () =>
    expect(deadLetterError('plain')).toBe('plain'));

  it('masks the addresses an SMTP reply names', () =>
    expect(deadLetterError(new Error('550 5.1.1 <jeanne.d@example.fr>: unknown user'))).toBe(
      'Error: 550 5.1.1 <<address>>: unknown user',
    ));

  // Quotes end a match (they surround addresses in SMTP replies): an address made of them is kept.
  it('never keeps an address without quotes in it, whatever the message around it', () =>
    fc.assert(
      fc.property(
        fc.string(),
        fc.emailAddress().filter((address) => !/['"]/.test(address)),
        fc.string(),
        (before, address, after) =>
          !deadLetterError(new Error(`${before} ${address} ${after}`)).includes(address),
      ),
    ));
});

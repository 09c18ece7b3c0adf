import fc from 'fast-check';
import { DELIVERY_MODES, NOTIFICATION_EVENT_TYPES } from '../fan-out/notification-events';
import { EMAIL_STATUSES } from '../fan-out/notification.entity';
import {
  alwaysImmediate,
  droppedWhenTurnedOff,
  emailMode,
  emailRowStatus,
  preferenceOf,
} from './email-mode';

const type = fc.constantFrom(...NOTIFICATION_EVENT_TYPES);
const relation = fc.constantFrom('MEMBER', 'FOLLOWER', 'AUTHOR', 'SUPPORTER', 'AGENT');
const mode = fc.constantFrom(...DELIVERY_MODES);

describe('alwaysImmediate', () => {
  it('only a convocation to a member of the council is forced', () =>
    fc.assert(
      fc.property(type, relation, (t, r) =>
        expect(alwaysImmediate(t, r)).toBe(t === 'meeting.convened' && r === 'MEMBER'),
      ),
    ));
});

describe('preferenceOf', () => {
  it('a choice made is the mode, and not the default', () =>
    expect(preferenceOf('OFF', 'IMMEDIATE')).toEqual({ mode: 'OFF', isDefault: false }));

  it('without a choice, the event’s default applies', () =>
    expect(preferenceOf(null, 'DAILY_DIGEST')).toEqual({ mode: 'DAILY_DIGEST', isDefault: true }));
});

describe('emailMode', () => {
  it('a member’s convocation leaves at once, even when they turned convocations off', () =>
    expect(
      emailMode({
        type: 'meeting.convened',
        relation: 'MEMBER',
        chosen: 'OFF',
        defaultMode: 'IMMEDIATE',
      }),
    ).toBe('IMMEDIATE'));

  it('a follower’s convocation follows their choice', () =>
    expect(
      emailMode({
        type: 'meeting.convened',
        relation: 'FOLLOWER',
        chosen: 'OFF',
        defaultMode: 'IMMEDIATE',
      }),
    ).toBe('OFF'));

  it('when nothing is forced: the choice if made, else the default', () =>
    fc.assert(
      fc.property(type, relation, fc.option(mode), mode, (t, r, chosen, defaultMode) => {
        fc.pre(!alwaysImmediate(t, r));
        expect(emailMode({ type: t, relation: r, chosen, defaultMode })).toBe(
          chosen ?? defaultMode,
        );
      }),
    ));
});

describe('emailRowStatus', () => {
  it('IMMEDIATE waits for its job (PENDING), DAILY_DIGEST for the digest, OFF writes no row', () => {
    expect(emailRowStatus('IMMEDIATE', true)).toBe('PENDING');
    expect(emailRowStatus('DAILY_DIGEST', true)).toBe('DIGEST');
    expect(emailRowStatus('OFF', true)).toBeNull();
  });

  it('a person without an address gets no e-mail row, whatever the mode', () =>
    fc.assert(fc.property(mode, (m) => emailRowStatus(m, false) === null)));
});

describe('droppedWhenTurnedOff', () => {
  it('drops what waits (PENDING, DIGEST) unless forced, and never what is gone', () =>
    fc.assert(
      fc.property(fc.constantFrom(...EMAIL_STATUSES), fc.boolean(), (status, forced) =>
        expect(droppedWhenTurnedOff({ status, forced })).toBe(
          (status === 'PENDING' || status === 'DIGEST') && !forced,
        ),
      ),
    ));

  it('a forced convocation stays when its type is turned off', () =>
    expect(droppedWhenTurnedOff({ status: 'PENDING', forced: true })).toBe(false));
});

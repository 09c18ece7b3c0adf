import { attendanceFields } from './attendance-fields';

describe('The API attendance errors, on the member fields of the meeting-day form', () => {
  const ids = ['a1', 'b2', 'c3'];
  it('puts a proxy problem on the member’s "pouvoir" field, a membership one on the presence', () => {
    expect(
      attendanceFields(
        [
          {
            field: 'input.entries.1.proxyHolderId',
            message: 'on ne se donne pas pouvoir à soi-même',
          },
          {
            field: 'input.entries.2',
            message: 'un pouvoir ne peut être confié qu’à un membre présent',
          },
          {
            field: 'input.entries.0.accountId',
            message: 'n’est pas membre en exercice de ce conseil',
          },
        ],
        ids,
      ),
    ).toEqual([
      { field: 'proxy-b2', message: 'On ne se donne pas pouvoir à soi-même.' },
      { field: 'proxy-c3', message: 'Un pouvoir ne peut être confié qu’à un membre présent.' },
      { field: 'status-a1', message: 'N’est pas membre en exercice de ce conseil.' },
    ]);
  });
  it('leaves to the summary what names no member', () => {
    expect(
      attendanceFields(
        [
          { field: 'input.entries', message: 'vide' },
          { field: 'input.entries.7.accountId', message: 'apparaît deux fois' },
        ],
        ids,
      ),
    ).toEqual([]);
  });
});

import { isPermanentSmtpFailure, smtpReplyCode } from './mail.service';
import { MAIL_TEMPLATES, renderMail } from './templates';

describe('isPermanentSmtpFailure', () => {
  it.each([
    [{ responseCode: 550 }, true],
    [{ responseCode: 553 }, true],
    [{ responseCode: 451 }, false],
    [{ responseCode: 421 }, false],
    [{ code: 'ECONNREFUSED' }, false],
    [null, false],
  ])('%j → %s', (error, permanent) => expect(isPermanentSmtpFailure(error)).toBe(permanent));
});

describe('renderMail', () => {
  const context = { townName: 'Saint-Ouen & co', publicUrl: 'https://quorum.example.fr' };

  it('escapes what people typed in the HTML part and keeps it as is in the text part', () => {
    const mail = renderMail(
      MAIL_TEMPLATES['reset-password'],
      {
        displayName: '<img src=x onerror=alert(1)>',
        link: 'https://quorum.example.fr/compte?a=1&b=2',
      },
      'fr',
      context,
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('Saint-Ouen &amp; co');
    expect(mail.text).toContain('Bonjour <img src=x onerror=alert(1)>,');
    expect(mail.html).toContain('href="https://quorum.example.fr/compte?a=1&amp;b=2"');
    expect(mail.text).toContain(
      'Choisir un nouveau mot de passe : https://quorum.example.fr/compte?a=1&b=2',
    );
  });
});

describe('smtpReplyCode', () => {
  it('reads the reply code on the error or on its cause', () => {
    expect(smtpReplyCode({ responseCode: 451 })).toBe(451);
    expect(smtpReplyCode(new Error('wrapped', { cause: { responseCode: 550 } }))).toBe(550);
    expect(smtpReplyCode(new Error('no reply'))).toBeUndefined();
    expect(smtpReplyCode(null)).toBeUndefined();
  });
});

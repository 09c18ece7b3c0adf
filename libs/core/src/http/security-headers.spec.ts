import { apiPage, apiPageStyle } from './security-headers';

describe('The API pages’ stylesheet', () => {
  it('takes the town’s colour for the header band and the button', () => {
    const style = apiPageStyle('#8a1c3d');
    expect(style).toContain('header{background:#8a1c3d;');
    expect(style).toContain('background:#8a1c3d;color:#fff');
    expect(style).not.toContain('#1d4f91');
  });

  it('refuses what is not a #rrggbb colour (it would be written into CSS)', () => {
    expect(() => apiPageStyle('red;}body{display:none')).toThrow(/#rrggbb/);
  });

  it('titles the page like the site, with the town’s name', () => {
    const html = apiPage('Lien invalide', '<p>…</p>', {
      color: '#1d4f91',
      escapedName: 'Ville de Testville',
    });
    expect(html).toContain(
      '<title>Lien invalide – Conseils de quartier – Ville de Testville</title>',
    );
    expect(html).toContain('<h1>Lien invalide</h1>');
  });
});

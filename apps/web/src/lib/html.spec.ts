import { demoteHeadings, spacedHtml } from './html';

describe('Passes over the HTML the API rendered', () => {
  it('spaces French punctuation in text only, never in tags or code', () => {
    expect(
      spacedHtml('<p title="a : b">Lieu : salle ; <code>x : y</code> fin ?</p><pre>a ; b</pre>'),
    ).toBe(
      '<p title="a : b">Lieu\u00a0: salle\u202f; <code>x : y</code> fin\u202f?</p><pre>a ; b</pre>',
    );
  });
  it('demotes headings under the page’s own, never past h6', () => {
    expect(demoteHeadings('<h1 id="t">PV</h1><h2>A</h2><h4>B</h4>', 3)).toBe(
      '<h4 id="t">PV</h4><h5>A</h5><h6>B</h6>',
    );
  });
});

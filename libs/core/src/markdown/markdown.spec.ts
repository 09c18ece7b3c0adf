import { parseDocument } from 'htmlparser2';
import { escapeHtml, renderMarkdown } from './markdown';

type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[] };

const TAGS = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ATTRIBUTES = new Set(['href', 'title', 'rel', 'target', 'start', 'align']);

/** Every element and attribute of the output, as a browser would parse it. */
function elements(html: string): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') found.push(node);
    node.children?.forEach(walk);
  };
  walk(parseDocument(html) as unknown as Node);
  return found;
}

const XSS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r="10"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">clic</a>',
  '<a href="&#106;avascript:alert(1)">clic</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<style>body{display:none}</style>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<scr<script>ipt>alert(1)</script>',
  '<<script>>alert(1)<</script>>',
  '<p onclick="alert(1)">texte</p',
  '[lien](javascript:alert(1))',
  '[lien](JaVaScRiPt:alert(1))',
  '[lien](  javascript:alert(1))',
  '[lien](&#106;avascript:alert(1))',
  '[lien](vbscript:msgbox(1))',
  '[lien](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![image](javascript:alert(1))',
  '![image](x" onerror="alert(1))',
  '<javascript:alert(1)>',
  '[lien](//evil.example)',
  '```html\n<script>alert(1)</script>\n```',
  '> <img src=x onerror=alert(1)>',
  '* [a](javascript:alert(1))\n* <b onmouseover=alert(1)>b</b>',
];

describe('renderMarkdown', () => {
  it.each(XSS)('leaves nothing executable from %j', (payload) => {
    for (const source of [payload, `Intro\n\n${payload}\n\nFin`]) {
      const html = renderMarkdown(source);
      for (const element of elements(html)) {
        expect(TAGS.has(element.name ?? '')).toBe(true);
        for (const [name, value] of Object.entries(element.attribs ?? {})) {
          expect(ATTRIBUTES.has(name)).toBe(true);
          if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/i);
        }
      }
      expect(html).not.toMatch(/<(script|iframe|svg|img|style|math)\b/i);
    }
  });

  it('renders ordinary Markdown and safe links', () => {
    const html = renderMarkdown(
      '## Pistes cyclables\n\nUne **piste** rue des *Lilas*, voir https://ville.example/velo.\n\n- un\n- deux',
    );
    expect(html).toContain('<h2>Pistes cyclables</h2>');
    expect(html).toContain('<strong>piste</strong>');
    expect(html).toContain(
      '<a href="https://ville.example/velo" rel="nofollow noopener noreferrer ugc" target="_blank">',
    );
    expect(html).toContain('<li>un</li>');
  });

  it('keeps what people typed as text, escaped', () => {
    expect(renderMarkdown('a < b & c > d')).toBe('<p>a &lt; b &amp; c &gt; d</p>\n');
  });
});

describe('escapeHtml', () => {
  it('turns every character that starts markup or ends an attribute into an entity', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt; &amp; co',
    );
    expect(
      elements(`<p>${escapeHtml('<script>alert(1)</script>')}</p>`).map((e) => e.name),
    ).toEqual(['p']);
  });
});

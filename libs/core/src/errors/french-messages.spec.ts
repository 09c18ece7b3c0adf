import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { de } from './french';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Every non-test TypeScript source of the libs, the apps and the scripts. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

interface Piece {
  text: string;
  /** The expression interpolated right after this piece of a template, if any. */
  next: string | null;
}

/** The text of every string a person may read: literals and the literal parts of templates. */
function texts(file: string): Piece[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: Piece[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      found.push({ text: node.text, next: null });
    else if (ts.isTemplateExpression(node)) {
      const spans = node.templateSpans;
      found.push({ text: node.head.text, next: spans[0].expression.getText(source) });
      spans.forEach((span, i) =>
        found.push({
          text: span.literal.text,
          next: spans[i + 1]?.expression.getText(source) ?? null,
        }),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const FRENCH =
  /[àâçéèêëîïôûùœ]|\b(le|la|les|une?|des|du|de|est|pour|avec|vous|votre|sur|dans|par|pas|impossible)\b/i;
/** Interpolated dates start with a weekday or a digit: "le mardi 3 mars", "avant le 2027-01-31". */
const DATE = /when|date|deadline|_due|Due|At\b|formatDateFr/;
/** Words that elide before a vowel or a mute h: "de ouvrir" → "d’ouvrir". */
const ELIDING = '(de|le|la|que|ne|se|ce|je|me|te|jusque|lorsque|puisque|quoique)';
const VOWEL = '[aeiouyàâéèêëîïôûùœh]';
/** Words starting with an aspirated h, and a few that do not elide what precedes them. */
const NO_ELISION = /^(h[ao]rs|haut|hasard|hausse|hall|handicap|honte|huit|onze|oui|ouest)/i;
const ELISION_MISSED = new RegExp(`(?<![\\p{L}\\p{N}_.$-])${ELIDING}\\s+(?=${VOWEL})(\\S+)`, 'giu');

export function elisionMistakes(text: string): string[] {
  const mistakes: string[] = [];
  for (const match of text.matchAll(ELISION_MISSED)) {
    const word = match[2];
    if (NO_ELISION.test(word)) continue;
    mistakes.push(`${match[1]} ${word}`);
  }
  return mistakes;
}

describe('French messages', () => {
  // french.ts is the one place that elides, by rule.
  const files = ['libs', 'apps', 'scripts']
    .flatMap((dir) => sources(join(ROOT, dir)))
    .filter((file) => !file.endsWith(join('errors', 'french.ts')));
  const french = files.flatMap((file) =>
    texts(file)
      .filter(({ text, next }) => FRENCH.test(text) || next !== null)
      .map((t) => ({ ...t, where: relative(ROOT, file) })),
  );

  it('finds the French texts it checks', () => {
    expect(french.length).toBeGreaterThan(300);
  });

  it('elide before a vowel: d’ouvrir, l’ordre, qu’il, n’est', () => {
    const found = french.flatMap(({ text, where }) =>
      elisionMistakes(text).map((mistake) => `${where}: « ${mistake} » in « ${text} »`),
    );
    expect(found).toEqual([]);
  });

  it('never end a piece of a template on a word that may need eliding before what comes in', () => {
    const risky = new RegExp(`(?<![\\p{L}])${ELIDING}\\s$`, 'iu');
    const found = french
      .filter(({ text, next }) => next !== null && !DATE.test(next) && risky.test(text))
      .map(({ text, next, where }) => `${where}: « ${text}\${${next}} »`);
    expect(found).toEqual([]);
  });

  it('knows the mistakes it looks for', () => {
    expect(elisionMistakes('Impossible de ouvrir un scrutin')).toEqual(['de ouvrir']);
    expect(elisionMistakes('Impossible de y répondre')).toEqual(['de y']);
    expect(elisionMistakes('le ordre du jour, que il')).toEqual(['le ordre', 'que il']);
    expect(elisionMistakes('Impossible d’ouvrir un scrutin ; le haut du quartier')).toEqual([]);
  });

  it('elides "de" where the phrase wants it, as the wrong-state messages use it', () => {
    expect(`Impossible ${de('ouvrir un scrutin')}`).toBe('Impossible d’ouvrir un scrutin');
    expect(`Impossible ${de('y répondre')}`).toBe('Impossible d’y répondre');
    expect(`Impossible ${de('l’ouvrir')}`).toBe('Impossible de l’ouvrir');
    expect(`Impossible ${de('la clore')}`).toBe('Impossible de la clore');
    expect(de('Orléans')).toBe('d’Orléans');
    expect(de('habitant·es')).toBe('d’habitant·es');
    expect(de('Hautmont')).toBe('de Hautmont');
    expect(de('Testville')).toBe('de Testville');
    expect(de('Le Havre')).toBe('du Havre');
    expect(de('Les Lilas')).toBe('des Lilas');
    expect(de('La Rochelle')).toBe('de La Rochelle');
    expect(de('L’Haÿ-les-Roses')).toBe('de L’Haÿ-les-Roses');
  });
});

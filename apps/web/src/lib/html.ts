// Passes over safe HTML the API rendered (Markdown documents), before the page shows it.
import { spaced } from './format';

/**
 * French spacing in the text of rendered HTML (the API's minutes write "Lieu : …" with plain
 * spaces, and so may people): only text between tags changes, never tags, attributes, or what
 * is inside <code> and <pre>. The published Markdown, and so its SHA-256, stay as they are.
 */
export function spacedHtml(html: string): string {
  let verbatim = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)(code|pre)\b/i.exec(part);
      if (tag) verbatim += tag[1] ? -1 : 1;
      if (part.startsWith('<') || verbatim > 0) return part;
      // Rendered text has its spaces as characters; `&nbsp;` entities are left alone.
      return spaced(part);
    })
    .join('');
}

/**
 * A document shown under the page's own headings: its h1 becomes h(1 + by), and so on, never
 * past h6, so the page keeps one h1 and an outline without jumps.
 */
export function demoteHeadings(html: string, by: number): string {
  return html.replace(
    /<(\/?)h([1-6])\b/gi,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`,
  );
}

import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown written by people (proposals, comments, minutes) as HTML safe to show anywhere: raw
 * HTML in the source is escaped by the parser, and the output goes through an allow-list
 * sanitizer, so no script, event handler, style or dangerous URL survives either step.
 */
const parser = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
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
  ],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', {
      rel: 'nofollow noopener noreferrer ugc',
      target: '_blank',
    }),
  },
};
SAFE_HTML.allowedAttributes = {
  ...SAFE_HTML.allowedAttributes,
  a: ['href', 'title', 'rel', 'target'],
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(parser.render(source), SAFE_HTML);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text placed where HTML is read (an Atom `type="html"` title or summary): shown, never run. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

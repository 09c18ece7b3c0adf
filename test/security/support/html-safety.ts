import { Parser } from 'htmlparser2';

/** Elements that run code, load a document or restyle the page. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'details',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset']);

/** Every test payload carries this token, so that what it made of a page can be told apart. */
export const PAYLOAD_TOKEN = '__xss';

/**
 * What makes HTML unsafe, each fault as a short line. `strict` (an HTML field built from what
 * people wrote): no dangerous element, event handler or style at all. Otherwise (a whole page or
 * e-mail, with its own template): only those the payloads brought (holding PAYLOAD_TOKEN).
 * Event handlers and script URLs are faults in both.
 */
export function htmlFaults(html: string, strict = true): string[] {
  const faults: string[] = [];
  const open: { name: string; text: string }[] = [];
  const fromPayload = (text: string) => strict || text.includes(PAYLOAD_TOKEN);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const dangerous = DANGEROUS_ELEMENTS.has(name);
        open.push({ name, text: '' });
        // An edit form of the page's own holds what people wrote as its fields' `value`, escaped
        // in the attribute (a payload breaking out of it would open elements of its own, caught
        // here): in a whole page that value does not make the field the payload's.
        const own = Object.entries(attributes)
          .filter(([attribute]) => strict || attribute !== 'value')
          .map(([, value]) => value);
        if (dangerous && fromPayload(own.join(' '))) faults.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) faults.push(`<${name} ${attribute}="${value.slice(0, 30)}">`);
          if (attribute === 'style' && fromPayload(value)) faults.push(`<${name} style>`);
          // Browsers ignore control characters and spaces inside a scheme: so does the check.
          const scheme = value
            // eslint-disable-next-line no-control-regex -- control characters are the point
            .replace(/[\u0000-\u0020]/g, '')
            .toLowerCase()
            .match(/^([a-z][a-z0-9+.-]*):/)?.[1];
          if (
            URL_ATTRIBUTES.has(attribute) &&
            scheme &&
            !['http', 'https', 'mailto', 'tel'].includes(scheme) &&
            !(scheme === 'data' && name === 'img' && !strict)
          )
            faults.push(`<${name} ${attribute}="${scheme}:…">`);
        }
      },
      ontext(text) {
        const inside = [...open].reverse().find((e) => e.name === 'script' || e.name === 'style');
        if (inside) inside.text += text;
      },
      onclosetag() {
        // Raw text that runs: a script or a style of the payload's, not the page's own (SvelteKit's
        // data script holds what people wrote as escaped JSON: `<` as \u003C, never a tag).
        const element = open.pop();
        if (
          element &&
          (element.name === 'script' || element.name === 'style') &&
          element.text.includes(PAYLOAD_TOKEN) &&
          (strict || !element.text.includes('__sveltekit_'))
        )
          faults.push(`<${element.name}>${element.text.slice(0, 30)}`);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return [...new Set(faults)];
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';

const ROOT = join(__dirname, '..', '..');
const SOURCES = join(ROOT, 'apps', 'web', 'src');
/** The one place a textarea binds its value, and a details its open state (see their comments). */
const TEXT_AREA = join(SOURCES, 'lib', 'components', 'TextArea.svelte');
const DISCLOSURE = join(SOURCES, 'lib', 'components', 'Disclosure.svelte');
/** Inputs whose `value` is what they post, not what someone types. */
const FIXED_VALUE = new Set(['hidden', 'radio', 'checkbox', 'submit', 'button']);

interface Node {
  type: string;
  name?: string;
  start: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  fragment?: { nodes: Node[] };
  [key: string]: unknown;
}

function* svelteFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* svelteFiles(path);
    else if (entry.name.endsWith('.svelte')) yield path;
  }
}

/** Every element of the template, in blocks ({#if}, {#each}, snippets) too. */
function* elements(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* elements(child);
    return;
  }
  const n = node as Node;
  if (n.type === 'RegularElement') yield n;
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'attributes' && value && typeof value === 'object') yield* elements(value);
  }
}

/** A plain attribute (`name=…`), not a directive: `bind:value` keeps what was typed. */
const attribute = (n: Node, name: string) =>
  n.attributes?.find((a) => a.type === 'Attribute' && a.name === name);
const staticType = (n: Node) => {
  const type = attribute(n, 'type')?.value;
  if (type === undefined) return 'text';
  const parts = Array.isArray(type) ? type : [];
  return parts.length === 1 && (parts[0] as { type: string }).type === 'Text'
    ? (parts[0] as { data: string }).data
    : 'dynamic';
};

/**
 * Svelte sets `value`, `checked` and `open` again when the page hydrates, wiping what someone
 * typed, ticked or opened before the page's script started (a slow phone, a busy network). The
 * site's fields take what the server gives them as `defaultValue` / `defaultChecked`, or through
 * TextArea and Disclosure.
 */
describe('The site keeps what was typed before hydration', () => {
  const faults: string[] = [];
  for (const file of svelteFiles(SOURCES)) {
    const source = readFileSync(file, 'utf8');
    const where = (n: Node) =>
      `${relative(ROOT, file)}:${source.slice(0, n.start).split('\n').length}`;
    for (const n of elements(parse(source, { modern: true }).fragment)) {
      if (n.name === 'textarea' && file !== TEXT_AREA) {
        if (attribute(n, 'value') || n.fragment?.nodes.length)
          faults.push(`${where(n)}: a textarea with a text: use TextArea`);
      }
      if (n.name === 'details' && file !== DISCLOSURE && attribute(n, 'open'))
        faults.push(`${where(n)}: a details with open=: use Disclosure`);
      if (n.name === 'input') {
        if (attribute(n, 'checked')) faults.push(`${where(n)}: checked= (use defaultChecked=)`);
        const value = attribute(n, 'value');
        if (value && value.value !== true && !FIXED_VALUE.has(staticType(n)))
          faults.push(`${where(n)}: value= on a ${staticType(n)} input (use defaultValue=)`);
      }
    }
  }

  it('sets no typed field by `value`, `checked`, a textarea child or a details `open`', () => {
    expect(faults).toEqual([]);
  });
});

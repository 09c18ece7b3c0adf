// What the person did to the server's page before its script started (a slow phone), read by a
// component's script while it hydrates: before Svelte sets its elements again. Each element is
// found by the key the server gave it (`$props.id()`, the same on both sides); an element a
// navigation creates has a new key, so none is found and null comes back (on the server too).

/** The server's `<tag>` whose `attribute` is `key`, if the page has it. */
function serverElement<E extends Element>(tag: string, attribute: string, key: string): E | null {
  return typeof document === 'undefined'
    ? null
    : document.querySelector<E>(`${tag}[${attribute}="${key}"]`);
}

/** Whether the server's <details> marked `data-disclosure="key"` is open now, as the person left it. */
export const openedBeforeHydration = (key: string): boolean | null =>
  serverElement<HTMLDetailsElement>('details', 'data-disclosure', key)?.open ?? null;

/** The text now in the server's <textarea> marked `data-textarea="key"`: typed, emptied or as sent. */
export const typedBeforeHydration = (key: string): string | null =>
  serverElement<HTMLTextAreaElement>('textarea', 'data-textarea', key)?.value ?? null;

// What the person did to the server's page before its script started (a slow phone), read by a
// component's script while it hydrates: before Svelte sets its elements again. Each element is
// found by the key the server gave it (`$props.id()`, the same on both sides); an element a
// navigation creates has a new key, so none is found and null comes back (on the server too).

/** Whether the server's <details> marked `data-disclosure="key"` is open now, as the person left it. */
export function openedBeforeHydration(key: string): boolean | null {
  if (typeof document === 'undefined') return null;
  const details = document.querySelector<HTMLDetailsElement>(`details[data-disclosure="${key}"]`);
  return details ? details.open : null;
}

/** The text now in the server's <textarea> marked `data-textarea="key"`: typed, emptied or as sent. */
export function typedBeforeHydration(key: string): string | null {
  if (typeof document === 'undefined') return null;
  const textarea = document.querySelector<HTMLTextAreaElement>(`textarea[data-textarea="${key}"]`);
  return textarea ? textarea.value : null;
}

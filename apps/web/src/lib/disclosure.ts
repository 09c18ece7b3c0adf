/**
 * Whether the server's <details> marked `data-disclosure="key"` is open now, as the person left it
 * before the page's script started; null when there is none (on the server, or an element that a
 * navigation creates: its key is new).
 */
export function openedBeforeHydration(key: string): boolean | null {
  if (typeof document === 'undefined') return null;
  const details = document.querySelector<HTMLDetailsElement>(`details[data-disclosure="${key}"]`);
  return details ? details.open : null;
}

/**
 * The elements the server rendered with `autofocus`, found when this module first runs, before the
 * page hydrates (the app's boot script comes after the page's markup).
 */
const serverRendered: ReadonlySet<Element> =
  typeof document === 'undefined' ? new Set() : new Set(document.querySelectorAll('[autofocus]'));

/**
 * Svelte action: moves focus to the element when it appears (the error summary, a notice, a
 * confirm step). On an element of the server's page, `autofocus` has done it already, unless the
 * address has a fragment (the browser then skips autofocus and may focus the fragment's target).
 * Where the focus is on something else by then (a Tab or a click before the page's script
 * started), the person has moved on: the focus stays where they are.
 */
export function focusOnMount(node: HTMLElement) {
  const at = document.activeElement;
  const moved = at !== null && at !== document.body && at !== node && !at.matches(':target');
  if (serverRendered.has(node) && moved) return;
  node.focus();
}

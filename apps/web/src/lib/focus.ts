/**
 * The elements of the server's page, found when this module first runs, before the page hydrates
 * (the app's boot script comes after the page's markup). A chunk first loaded by a later
 * navigation finds the previous page's: the new page's elements are not among them.
 */
const serverRendered: WeakSet<Element> = new WeakSet(
  typeof document === 'undefined' ? [] : document.querySelectorAll('*'),
);

/**
 * Svelte action: moves focus to the element when it appears (the error summary, a notice, a
 * confirm step). An element of the server's page is focused on hydration only if the focus is
 * still where the page started: on the body, or on the fragment's target (the browser skips
 * `autofocus` when the address has a fragment). Where the focus is on something else by then
 * (`autofocus` done, a Tab or a click before the page's script started), the person may have
 * moved on: the focus stays where it is.
 */
export function focusOnMount(node: HTMLElement) {
  const at = document.activeElement;
  const moved = at !== null && at !== document.body && !at.matches(':target');
  if (serverRendered.has(node) && moved) return;
  node.focus();
}

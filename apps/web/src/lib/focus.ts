/** Svelte action: moves focus to the element when it appears (the error summary, a notice). */
export function focusOnMount(node: HTMLElement) {
  node.focus();
}

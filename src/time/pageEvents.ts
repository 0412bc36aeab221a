/** False only in a browser tab that is hidden; outside a browser there is no page to hide. */
export function isPageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

/**
 * Listens to page lifecycle events: `visibilitychange` on the document, the others (`focus`,
 * `online`, `offline`, `pageshow`) on the window. Returns the cleanup. Does nothing outside a browser.
 */
export function listenToPage(types: readonly string[], listener: (event: Event) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const targets = types.map((type) => [type, type === 'visibilitychange' ? document : window] as const);
  for (const [type, target] of targets) target.addEventListener(type, listener);
  return () => {
    for (const [type, target] of targets) target.removeEventListener(type, listener);
  };
}

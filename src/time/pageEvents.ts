/** False only in a browser tab that is hidden; outside a browser there is no page to hide. */
export function isPageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

/**
 * Adds (`on`) or removes `listener` for page lifecycle events: `visibilitychange` goes to the
 * document, the others (`focus`, `online`, `pageshow`) to the window. Does nothing outside a browser.
 */
export function listenToPage(types: readonly string[], listener: (event: Event) => void, on: boolean): void {
  if (typeof window === 'undefined') return;
  for (const type of types) {
    const target = type === 'visibilitychange' ? document : window;
    if (on) target.addEventListener(type, listener);
    else target.removeEventListener(type, listener);
  }
}

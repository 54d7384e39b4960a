export interface Fallback {
  element: HTMLElement;
  /** Disables Retry while a retry runs, so double clicks do not start two. */
  setBusy(busy: boolean): void;
}

/**
 * The accessible stand-in for an app or parcel that failed: an alert naming what is missing
 * and a Retry button. Rendered in that one slot; the rest of the page is untouched.
 */
export function createFallback(
  doc: Document,
  options: { app: string; label: string; onRetry: () => void; pageHeading?: boolean },
): Fallback {
  const element = doc.createElement('div');
  element.className = 't-fallback';
  element.setAttribute('role', 'alert');
  element.dataset.tesseraFallback = options.app;
  // In the main slot the notice is what the page is about, so it is the page's heading.
  const message = doc.createElement(options.pageHeading ? 'h1' : 'p');
  message.className = 't-fallback__message';
  message.textContent = `${options.label} is unavailable right now.`;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 't-fallback__retry';
  button.textContent = 'Retry';
  button.addEventListener('click', options.onRetry);
  element.append(message, button);
  return {
    element,
    setBusy(busy) {
      button.disabled = busy;
      element.setAttribute('aria-busy', String(busy));
    },
  };
}

/** "search" → "Search", "./account-menu" → "Account menu". */
export function labelFor(name: string): string {
  const words = name.replace(/^\.\//, '').replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

import { CONTENT_SHOWN_EVENT } from '@tessera/mfe-kit';
import { inject, onMounted, provide, watch, type InjectionKey, type Ref } from 'vue';

// Bubbles up from inside the app's `domElement` once its first content (or its error state) is
// on screen; the shell mounts the header parcels after it (docs/contracts.md).
export { CONTENT_SHOWN_EVENT };

const ANNOUNCE: InjectionKey<() => void> = Symbol('content-shown');

/** Lets the pages under the app's root element announce its first content, once per mount. */
export function provideContentShown(root: Ref<HTMLElement | null>, app: string): void {
  let announced = false;
  provide(ANNOUNCE, () => {
    if (announced || !root.value) return;
    announced = true;
    root.value.dispatchEvent(
      new CustomEvent(CONTENT_SHOWN_EVENT, { bubbles: true, detail: { app } }),
    );
  });
}

/**
 * Announces the page's content once it is mounted and `shown()` holds (a page that needs no data
 * leaves it out). Outside an app root (a unit test), nothing is announced.
 */
export function useContentShown(shown: () => boolean = () => true): void {
  const announce = inject(ANNOUNCE, () => undefined);
  onMounted(() => {
    if (shown()) announce();
  });
  watch(shown, (now) => now && announce(), { flush: 'post' });
}

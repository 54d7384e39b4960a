import { onBeforeUnmount, ref, type Ref } from 'vue';

/**
 * The current pathname, following navigation. single-spa fires `popstate` on every history
 * change in the shell; the standalone page does the same.
 */
export function usePathname(): Ref<string> {
  const pathname = ref(window.location.pathname);
  const update = () => {
    pathname.value = window.location.pathname;
  };
  window.addEventListener('popstate', update);
  onBeforeUnmount(() => window.removeEventListener('popstate', update));
  return pathname;
}

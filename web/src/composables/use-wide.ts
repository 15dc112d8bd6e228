import { onBeforeUnmount, ref, type Ref } from 'vue';

/**
 * Whether the screen is wider than a phone (768 px and up): phones get cards or compact tables,
 * wider screens full tables. The same breakpoint on every page.
 */
export function useWide(): Ref<boolean> {
  const query = window.matchMedia('(min-width: 768px)');
  const wide = ref(query.matches);
  const update = (e: MediaQueryListEvent): void => {
    wide.value = e.matches;
  };
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return wide;
}

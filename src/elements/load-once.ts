/**
 * A loader that runs `load` on its first call and hands every later call the same promise; a
 * failed load is forgotten, so the next call tries again (the network may be back). The element's
 * code loaded on demand (text mode, the extraction, the TimelineJS3 reader) comes through it.
 *
 * @example const loadTextMode = loadOnce(() => import('./text-mode.js'));
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

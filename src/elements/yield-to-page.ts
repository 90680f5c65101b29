/**
 * Gives the main thread back for one turn: `scheduler.yield()` where there is one (input is
 * handled, and the work goes on before other queued tasks), else — or with `macrotask` — a task
 * through a `MessageChannel` (not clamped to 4 ms as nested `setTimeout`s are), behind what the
 * page has queued, painting included.
 */
export function yieldToPage(macrotask = false): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (!macrotask && typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

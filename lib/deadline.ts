/**
 * A signal that aborts with a `TimeoutError` after `ms`, or with the parent's reason when the
 * parent aborts; `dispose()` clears the timer. Why not `AbortSignal.any([AbortSignal.timeout(ms),
 * parent])`: on Node 20 a timeout signal held only by a composite can be garbage-collected before
 * it fires (nodejs/node#57736), so under load a model call could outlive its timeout. Here a plain
 * timer holds the controller until it fires or is disposed.
 */
export function deadline(ms: number, parent?: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => controller.abort(new DOMException(`The operation timed out after ${ms} ms`, 'TimeoutError')), ms);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

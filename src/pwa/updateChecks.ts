/**
 * Looking for a new version now and then while online. `registration.update()` rejects when sw.js answers an
 * error or HTML, or the server is down; that is not the child's problem, so it is swallowed, and the next look
 * comes sooner (a failed check is usually a passing network hiccup), then hourly again once one succeeds.
 */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
export const RETRY_AFTER_MS = 5 * 60 * 1000;

/** Starts the checks; returns a function that stops them. */
export function startUpdateChecks(
  registration: Pick<ServiceWorkerRegistration, 'update'>,
  isOnline: () => boolean = () => navigator.onLine,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(check, ms);
  };
  function check() {
    if (!isOnline()) return schedule(CHECK_EVERY_MS);
    let attempt: Promise<unknown>;
    try {
      attempt = Promise.resolve(registration.update());
    } catch {
      attempt = Promise.reject(new Error('update threw')); // some browsers throw instead of rejecting
    }
    attempt.then(
      () => schedule(CHECK_EVERY_MS),
      () => schedule(RETRY_AFTER_MS),
    );
  }
  schedule(CHECK_EVERY_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

import { useEffect, useState } from 'react';

/** What the demo server runs: the offline emulator, real PingOne, or nothing (a static host). */
export type DemoMode = 'loading' | 'emulator' | 'pingone' | 'unavailable';

/** Asks the demo server once which backend it runs, so the page shows the right controls. */
export function useDemoMode(): DemoMode {
  const [mode, setMode] = useState<DemoMode>('loading');
  useEffect(() => {
    const controller = new AbortController();
    fetch('/demo/state', { signal: controller.signal, cache: 'no-store' })
      .then(async (response) => {
        const body = (await response.json()) as { mode?: unknown };
        setMode(body.mode === 'emulator' || body.mode === 'pingone' ? body.mode : 'unavailable');
      })
      .catch(() => {
        if (!controller.signal.aborted) setMode('unavailable');
      });
    return () => controller.abort();
  }, []);
  return mode;
}

// Shared by the clock and server-offset tests: a server clock reading as the fetcher records it.
import type { ServerTimeSample } from '../../src/time/serverOffset';

/** A sample from a server `serverOffset` ms ahead, sent at `sentAtMs`, answered after `rtt` ms. */
export const serverTimeSample = (serverOffset: number, sentAtMs: number, rtt: number): ServerTimeSample => {
  const mid = sentAtMs + rtt / 2;
  // The Date header truncates to the second.
  return { serverDateMs: Math.floor((mid + serverOffset) / 1000) * 1000, sentAtMs, receivedAtMs: sentAtMs + rtt };
};

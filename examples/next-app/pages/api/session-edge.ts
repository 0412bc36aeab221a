import { createSessionProxy } from 'pingone-session-react/server';
import { getAccessToken, pingOne } from '../../lib/pingone';

// The same proxy on Next.js's edge runtime. Under Cache Components an App Router route cannot
// choose a runtime, so the edge variant is a Pages Router API route; the proxy is
// fetch-standard, so the code is app/api/session/route.ts's.
export const config = { runtime: 'edge' };

export default createSessionProxy({
  ...pingOne,
  getAccessToken,
  onError: (error) => console.error('[session proxy]', error),
});

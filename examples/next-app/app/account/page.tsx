import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { prefetchCurrentSession, SessionPanel } from 'pingone-session-react';
import { Suspense } from 'react';
import { getAccessToken, pingOne } from '../../lib/pingone';

// The first HTML already shows the visitor's session: the server asks PingOne directly and
// hands the result to the browser's query, which then sends no request of its own.
export default function AccountPage() {
  return (
    <main>
      <h1>Account security</h1>
      <Suspense fallback={<SessionPanel status="pending" />}>
        <ServerRenderedSession />
      </Suspense>
    </main>
  );
}

async function ServerRenderedSession() {
  // Rendered per request, never prerendered: the session belongs to this visitor. Under Cache
  // Components this also keeps Date.now() (token expiry, deadlines) out of the prerender.
  await connection();
  const sessionToken = (await cookies()).get('ST')?.value;
  // One QueryClient per request, never shared between visitors.
  const queryClient = new QueryClient();
  if (sessionToken) {
    await prefetchCurrentSession(queryClient, { ...pingOne, sessionToken, accessToken: getAccessToken });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SessionPanel />
    </HydrationBoundary>
  );
}

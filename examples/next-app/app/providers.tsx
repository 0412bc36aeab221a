'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SessionConfigProvider } from 'pingone-session-react';
import { useState, type ReactNode } from 'react';

/** React Query and the session route for every page (rendered by app/layout.tsx). */
export function Providers({ children }: { children: ReactNode }) {
  // One QueryClient per browser tab and per server render. Never create it at module level: on
  // the server that one client would serve every visitor, and hand one user's session to the next.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <SessionConfigProvider config={{ url: '/api/session' }}>{children}</SessionConfigProvider>
    </QueryClientProvider>
  );
}

import { SessionPanel } from 'pingone-session-react';

// The session is fetched in the browser after hydration: one request to /api/session.
// app/account/page.tsx shows it in the first HTML instead.
export default function HomePage() {
  return (
    <main>
      <h1>Your session</h1>
      <SessionPanel />
    </main>
  );
}

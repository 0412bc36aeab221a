import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // As create-next-app's template. What the session needs under Cache Components:
  // `await connection()` before reading it on the server (see app/account/page.tsx).
  cacheComponents: true,
  partialPrefetching: true,
  // This app lives inside the library's repository: its own folder is the workspace root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
};

export default nextConfig;

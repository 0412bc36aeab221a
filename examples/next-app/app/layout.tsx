import type { Metadata } from 'next';
import 'pingone-session-react/styles.css';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'pingone-session-react in Next.js',
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}

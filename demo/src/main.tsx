import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/components/styles.css';
import './demo.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('demo: #root is missing from index.html');
// One client for the page, as an app would have; the session hook brings its own refetch policy.
const queryClient = new QueryClient();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);

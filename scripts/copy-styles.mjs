// The stylesheet ships as plain CSS next to the JS (`pingone-session-react/styles.css`): the
// library's JS never imports it, so apps opt in and unstyled use stays possible.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
copyFileSync('src/components/styles.css', 'dist/styles.css');

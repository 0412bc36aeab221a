// Setup file of the React 18 run: fails every file at once if React 19 slipped in.
import { version } from 'react';
import { version as domVersion } from 'react-dom';

if (!version.startsWith('18.') || !domVersion.startsWith('18.')) {
  throw new Error(`The React 18 run resolved react ${version} / react-dom ${domVersion}`);
}

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own download is not available here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launch flags known to work on these machines, shared by the e2e suite and Storybook's browser
 * tests. Without the background-networking flags Chromium keeps calling home on a closed network.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

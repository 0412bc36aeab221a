import { screen } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SessionPanel } from '../../src/components/SessionPanel';
import { createSessionFixture } from '../../src/testing/fixtures';
import { renderSession } from '../support/components';

const MARKUP = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const RLO = '\u202Egnp.exe\u202C';
const LONG_CITY = 'a'.repeat(10_000);

const hostile = createSessionFixture({
  userAgent: SCRIPT,
  browser: { name: MARKUP, version: RLO },
  operatingSystem: { name: SCRIPT, version: '"><b>bold</b>' },
  device: { type: `${RLO}${MARKUP}` },
  locations: [
    { at: '2025-01-15T09:00:00.000Z', remoteIp: '<b>1.2.3.4</b>', city: LONG_CITY, state: SCRIPT, country: RLO },
    { at: '2025-01-15T09:30:00.000Z', remoteIp: '174.1.62.19', city: MARKUP, country: 'canada' },
  ],
  lastSignOn: { authenticators: [SCRIPT, MARKUP], policy: { type: MARKUP } },
});

describe('hostile strings', () => {
  it('render as inert text: no elements, no script, text preserved', () => {
    const { container } = renderSession(<SessionPanel session={hostile} maskIp={false} />);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(container.textContent).toContain(MARKUP);
    expect(container.textContent).toContain(SCRIPT);
    // The 10 000-character city is shown (title-cased) inside a bidi-isolated element.
    const city = screen.getByText((text) => text.startsWith('A' + 'a'.repeat(50)));
    expect(city.textContent?.length).toBeGreaterThan(10_000);
    expect(city.tagName).toBe('BDI');
  });

  it('isolates right-to-left override characters so they cannot reorder surrounding text', () => {
    const { container } = renderSession(<SessionPanel session={hostile} />);
    const withRlo = [...container.querySelectorAll('*')].filter(
      (el) => el.childElementCount === 0 && el.textContent?.includes('\u202E'),
    );
    expect(withRlo.length).toBeGreaterThan(0);
    for (const el of withRlo) expect(el.closest('bdi')).not.toBeNull();
  });

  it('masks an unparseable "IP" entirely', () => {
    renderSession(<SessionPanel session={hostile} />);
    expect(screen.getByText('•••')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('1.2.3.4');
  });

  it('no source file uses dangerouslySetInnerHTML', () => {
    const dir = join(__dirname, '../../src/components');
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML/);
    }
  });
});

describe('names that collide with Object.prototype', () => {
  it('render as given instead of crashing the panel', () => {
    const session = createSessionFixture({
      lastSignOn: { authenticators: ['constructor', '__proto__', 'toString', 'hasOwnProperty'] },
      device: { type: 'constructor' },
      browser: { name: '__proto__' },
      operatingSystem: { name: 'valueOf' },
    });
    renderSession(<SessionPanel session={session} />);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(screen.getAllByText(name).length).toBeGreaterThan(0);
    }
  });
});

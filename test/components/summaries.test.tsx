import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { DeviceSummary } from '../../src/components/DeviceSummary';
import { BrowserSummary } from '../../src/components/BrowserSummary';
import { renderSession } from '../support/components';

describe('DeviceSummary', () => {
  it('shows PingOne device label, OS and the device family', () => {
    renderSession(
      <DeviceSummary device={{ type: 'Mac' }} operatingSystem={{ name: 'Mac OS X', version: '10.15' }} data-testid="d" />,
    );
    expect(screen.getByText('Mac')).toBeVisible();
    expect(screen.getByText('Mac OS X 10.15')).toBeVisible();
    expect(screen.getByTestId('d')).toHaveAttribute('data-device', 'desktop');
  });
  it('falls back to readable labels, never "undefined"', () => {
    const { container } = renderSession(<DeviceSummary />);
    expect(screen.getByText('Unknown device')).toBeVisible();
    expect(screen.getByText('Unknown operating system')).toBeVisible();
    expect(container.textContent).not.toMatch(/undefined|null/);
  });
  it('names a family when only the type is generic, e.g. a phone', () => {
    renderSession(<DeviceSummary device={{ type: 'iPhone' }} operatingSystem={{ name: 'iOS' }} data-testid="d" />);
    expect(screen.getByTestId('d')).toHaveAttribute('data-device', 'phone');
    expect(screen.getByText('iOS')).toBeVisible();
  });
  it('spreads native props on the root, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    renderSession(<DeviceSummary ref={ref} className="mine" style={{ color: 'red' }} dir="rtl" aria-label="Device info" />);
    const root = screen.getByLabelText('Device info');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('psr-summary', 'mine');
    expect(root).toHaveStyle({ color: 'rgb(255, 0, 0)' });
    expect(root).toHaveAttribute('dir', 'rtl');
  });
});

describe('BrowserSummary', () => {
  it('shows name and version', () => {
    renderSession(<BrowserSummary browser={{ name: 'Firefox', version: '103.0' }} data-testid="b" />);
    expect(screen.getByText('Firefox 103.0')).toBeVisible();
    expect(screen.getByTestId('b')).toHaveAttribute('data-source', 'browser');
  });
  it('falls back to a short user agent, then to "Unknown browser"', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
    const { rerender } = renderSession(<BrowserSummary userAgent={ua} data-testid="b" />);
    expect(screen.getByText('Chrome 120')).toBeVisible();
    expect(screen.getByTestId('b')).toHaveAttribute('data-source', 'user-agent');
    rerender(<BrowserSummary data-testid="b" />);
    expect(screen.getByText('Unknown browser')).toBeVisible();
  });
  it('takes overridden messages', () => {
    renderSession(<BrowserSummary messages={{ browserLabel: 'Navigateur', unknownBrowser: 'Navigateur inconnu' }} />);
    expect(screen.getByText('Navigateur')).toBeVisible();
    expect(screen.getByText('Navigateur inconnu')).toBeVisible();
  });
});

'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { OutlineIcon } from './OutlineIcon.js';
import type { Session } from '../session/schema.js';
import { nameWithVersion, shortenUserAgent } from '../format/userAgentText.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';

// A globe: the browser, whatever its brand.
const GLOBE = 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18';

/** Props of {@link BrowserSummary}. */
export interface BrowserSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SessionI18nProps {
  /** PingOne's `browser` object; may be absent. */
  browser?: Session['browser'];
  /** The raw `User-Agent`, used in short form when `browser` says nothing. */
  userAgent?: string;
}

/**
 * Browser name and version, else a short form of the user agent (`Chrome 120`), else
 * "Unknown browser". `data-source` says which one was used.
 */
export const BrowserSummary = forwardRef<HTMLDivElement, BrowserSummaryProps>(function BrowserSummary(
  { browser, userAgent, locale, messages, className, ...rest },
  ref,
) {
  const { messages: m } = useSessionI18n({ locale, messages });
  const named = nameWithVersion(browser?.name, browser?.version);
  const fromUa = named === null ? shortenUserAgent(userAgent) : null;
  const source = named !== null ? 'browser' : fromUa !== null ? 'user-agent' : 'unknown';
  return (
    <div ref={ref} className={cx('psr-summary', className)} data-source={source} {...rest}>
      <OutlineIcon className="psr-icon" path={GLOBE} size={24} strokeWidth={1.75} />
      <div className="psr-summary__text">
        <span className="psr-label">{m.browserLabel}</span>
        <span className="psr-value" data-missing={source === 'unknown' ? '' : undefined}>
          <bdi>{named ?? fromUa ?? m.unknownBrowser}</bdi>
        </span>
      </div>
    </div>
  );
});
BrowserSummary.displayName = 'BrowserSummary';

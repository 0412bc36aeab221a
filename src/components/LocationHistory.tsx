'use client';
import { forwardRef, useId, useMemo, useState, type ComponentPropsWithoutRef } from 'react';
import type { SessionLocation } from '../session/schema.js';
import { groupLocations } from '../format/groupLocations.js';
import { LocationItem } from './LocationItem.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';
import { getNumberFormat } from '../format/intlFormatters.js';

/** Props of {@link LocationHistory}. */
export interface LocationHistoryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SessionI18nProps {
  /** `session.locations`, in any order. */
  locations: readonly SessionLocation[];
  /** `session.lastSignOn.remoteIp`: marks the row the user signed in from. */
  signOnIp?: string;
  /** Mask IP addresses (`174.1.62.•••`) behind a reveal button. Default true. */
  maskIp?: boolean;
  /** Rows shown before "Show all". Default 3. */
  initialCount?: number;
  /** Level of the "Recent locations" heading. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * Where the session has been used, newest first: place, IP and time per row, repeated visits
 * collapsed ("Seen 3 times"), the row whose IP is the sign-on IP marked, a country other than
 * the sign-on country noted in neutral words. Geo comes from the IP address, so the list says
 * it is approximate.
 */
export const LocationHistory = forwardRef<HTMLDivElement, LocationHistoryProps>(function LocationHistory(
  { locations, signOnIp, maskIp = true, initialCount = 3, headingLevel = 3, locale, messages, className, ...rest },
  ref,
) {
  const i18n = useSessionI18n({ locale, messages });
  const { messages: m, langOf } = i18n;
  const Heading = `h${headingLevel}` as const;
  const titleId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const groups = useMemo(() => groupLocations(locations, signOnIp), [locations, signOnIp]);
  const limit = Math.max(1, initialCount);
  const collapsible = groups.length > limit;
  const visible = collapsible && !expanded ? groups.slice(0, limit) : groups;
  return (
    <div
      ref={ref}
      className={cx('psr-locations', className)}
      data-state={collapsible ? (expanded ? 'expanded' : 'collapsed') : undefined}
      data-count={groups.length}
      {...rest}
    >
      <Heading className="psr-heading" id={titleId} lang={langOf('locationsHeading')}>
        {m.locationsHeading}
      </Heading>
      {groups.length === 0 ? (
        <p className="psr-detail" lang={langOf('noLocations')}>
          {m.noLocations}
        </p>
      ) : (
        <ol className="psr-location-list" id={listId} aria-labelledby={titleId}>
          {visible.map((group, index) => (
            <LocationItem key={`${index}|${group.location.at}`} group={group} i18n={i18n} maskIp={maskIp} />
          ))}
        </ol>
      )}
      {collapsible && (
        <button
          type="button"
          className="psr-link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
          lang={langOf(expanded ? 'showFewer' : 'showAll')}
        >
          {expanded ? m.showFewer : m.showAll(groups.length, getNumberFormat(i18n.locale).format(groups.length))}
        </button>
      )}
      {groups.length > 0 && (
        <p className="psr-note" lang={langOf('locationNote')}>
          {m.locationNote}
        </p>
      )}
    </div>
  );
});
LocationHistory.displayName = 'LocationHistory';

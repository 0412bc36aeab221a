'use client';
import { formatPlace, type LocationGroup } from '../core/formatLocations.js';
import { MaskedIp } from './MaskedIp.js';
import { RelativeTime } from './RelativeTime.js';
import type { ResolvedSessionI18n } from './SessionI18nProvider.js';

/** One row of {@link LocationHistory}: place, IP, time, and badges for what is notable. */
export function LocationItem({ group, i18n, maskIp }: { group: LocationGroup; i18n: ResolvedSessionI18n; maskIp: boolean }) {
  const { location, count, isSignOn, countryChanged, ipChanged } = group;
  const m = i18n.messages;
  const place = formatPlace(location, i18n.locale);
  const countText = new Intl.NumberFormat(i18n.locale).format(count);
  return (
    <li
      className="psr-location"
      data-sign-on={isSignOn ? '' : undefined}
      data-country-changed={countryChanged ? '' : undefined}
      data-ip-changed={ipChanged ? '' : undefined}
      data-geo={place === null ? 'unknown' : undefined}
    >
      <span className="psr-value psr-location__place">
        <bdi>{place ?? m.unknownLocation}</bdi>
      </span>
      {location.remoteIp && <MaskedIp ip={location.remoteIp} mask={maskIp} className="psr-detail" />}
      <RelativeTime ms={group.atMs} i18n={i18n} className="psr-when psr-detail" />
      {(count > 1 || isSignOn || countryChanged || ipChanged) && (
        <span className="psr-badges">
          {count > 1 && <span className="psr-badge" data-kind="count">{m.visits(countText)}</span>}
          {isSignOn && <span className="psr-badge" data-kind="sign-on">{m.signOnLocation}</span>}
          {countryChanged && <span className="psr-badge" data-kind="warning">{m.newCountry}</span>}
          {!countryChanged && ipChanged && <span className="psr-badge" data-kind="info">{m.newIp}</span>}
        </span>
      )}
    </li>
  );
}

'use client';
import { useId } from 'react';
import { formatPlace, type LocationGroup } from '../format/groupLocations.js';
import { MaskedIp } from './MaskedIp.js';
import { RelativeTime } from './RelativeTime.js';
import type { ResolvedSessionI18n } from './SessionI18nProvider.js';
import { getNumberFormat } from '../format/intlFormatters.js';

/** One row of {@link LocationHistory}: place, IP, time, and badges for what is notable. */
export function LocationItem({ group, i18n, maskIp }: { group: LocationGroup; i18n: ResolvedSessionI18n; maskIp: boolean }) {
  const { location, count, isSignOn, countryChanged, ipChanged } = group;
  const { messages: m, langOf } = i18n;
  const id = useId();
  const place = formatPlace(location, i18n.locale);
  const countText = getNumberFormat(i18n.locale).format(count);
  return (
    <li
      className="psr-location"
      data-sign-on={isSignOn ? '' : undefined}
      data-country-changed={countryChanged ? '' : undefined}
      data-ip-changed={ipChanged ? '' : undefined}
      data-geo={place === null ? 'unknown' : undefined}
    >
      <span className="psr-value psr-location__place" id={id + 'p'}>
        <bdi lang={place === null ? langOf('unknownLocation') : undefined}>{place ?? m.unknownLocation}</bdi>
      </span>
      {/* The resolved messages, so the list's own `messages` prop reaches the reveal button too;
          place and time tell this row's button from the others'. */}
      {location.remoteIp && (
        <MaskedIp ip={location.remoteIp} mask={maskIp} messages={m} describedBy={`${id}p ${id}t`} className="psr-detail" />
      )}
      <RelativeTime ms={group.atMs} i18n={i18n} id={id + 't'} className="psr-when psr-detail" />
      {(count > 1 || isSignOn || countryChanged) && (
        <span className="psr-badges">
          {isSignOn && (
            <span className="psr-badge" data-kind="sign-on" lang={langOf('signOnLocation')}>
              {m.signOnLocation}
            </span>
          )}
          {countryChanged && (
            <span className="psr-badge" data-kind="country" lang={langOf('newCountry')}>
              {m.newCountry}
            </span>
          )}
          {count > 1 && (
            <span className="psr-badge" data-kind="count" lang={langOf('seen')}>
              {m.seen(count, countText)}
            </span>
          )}
        </span>
      )}
    </li>
  );
}

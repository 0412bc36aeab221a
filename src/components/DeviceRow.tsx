'use client';
import type { Session } from '../session/schema.js';
import { deviceCategory, majorVersion, nameWithVersion, osTitle, shortenUserAgent } from '../format/userAgentText.js';
import { formatPlace, groupLocations } from '../format/groupLocations.js';
import { splitAuthenticatorCodes } from '../session/authenticators.js';
import { authenticatorName } from './messages.js';
import { DeviceIcon } from './DeviceIcon.js';
import { useNow } from '../react/useNow.js';
import { formatDateTime, formatRelativeTime } from '../format/formatRelative.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import { getListFormat } from '../format/intlFormatters.js';

/**
 * The panel's top row, the way people recognise a session: a large device icon, "Firefox 103 on
 * macOS 10.15", "This device" (sessions/me is always the browser showing it), and "Signed in 3
 * hours ago with password · Port Coquitlam, Canada" (the place only when a location matches the
 * sign-on IP). Factors without a readable name are left to the details view.
 */
export function DeviceRow({ session, headingLevel }: { session: Session; headingLevel: 3 | 4 | 5 | 6 }) {
  const i18n = useSessionI18n();
  const { messages: m, locale, langOf } = i18n;
  const category = deviceCategory(session.device?.type);
  const browser =
    nameWithVersion(session.browser?.name, majorVersion(session.browser?.version)) ?? shortenUserAgent(session.userAgent);
  const os = osTitle(session.operatingSystem?.name, session.operatingSystem?.version);
  const signOn = session.lastSignOn;
  const names = signOn
    ? [
        ...new Set(
          splitAuthenticatorCodes(
            signOn.authenticators.length > 0 ? signOn.authenticators : Object.keys(signOn.withAuthenticator ?? {}),
          )
            .map((code) => authenticatorName(m, code))
            .filter((name): name is string => name !== undefined),
        ),
      ]
    : [];
  const methods = names.length > 0 ? getListFormat(locale ?? m.lang, { type: 'conjunction' }).format(names) : undefined;
  const signOnRow = signOn?.remoteIp ? groupLocations(session.locations, signOn.remoteIp).find((g) => g.isSignOn) : undefined;
  const place = signOnRow ? formatPlace(signOnRow.location, locale) : null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="psr-device" data-device={category}>
      <span className="psr-device__icon">
        <DeviceIcon category={category} />
      </span>
      <div className="psr-device__text">
        <div className="psr-device__title-row">
          <Heading className="psr-device__title">
            <bdi lang={browser || os ? undefined : langOf('deviceType')}>
              {m.deviceTitle(browser, os, m.deviceType(category))}
            </bdi>
          </Heading>
          <span className="psr-chip" lang={langOf('thisDevice')}>
            {m.thisDevice}
          </span>
        </div>
        <p className="psr-detail">
          {signOn ? (
            <SignedInLine at={signOn.at ? Date.parse(signOn.at) : Number.NaN} methods={methods} />
          ) : (
            <span lang={langOf('anonymous')}>{m.anonymous}</span>
          )}
          {place && (
            <>
              {/* The dot is for the eye; a comma keeps the two facts apart for screen readers. */}
              <span aria-hidden="true"> · </span>
              <span className="psr-sr-only">, </span>
              <bdi>{place}</bdi>
            </>
          )}
        </p>
      </div>
    </div>
  );
}

/**
 * "Signed in 3 hours ago with password": a leaf that reads the clock once a minute, anchored at
 * the sign-in (as RelativeTime); the absolute time in a `<time>` for hover and on the server.
 */
function SignedInLine({ at, methods }: { at: number; methods: string | undefined }) {
  const { messages: m, locale, timeZone, langOf } = useSessionI18n();
  const tick = useNow({ unitMs: 60_000, anchorMs: Number.isFinite(at) ? at : 0 });
  const known = Number.isFinite(at);
  const when = !known ? undefined : tick === null ? undefined : formatRelativeTime(at, Math.max(tick, at), locale);
  const text = m.signedIn(when, methods);
  return known ? (
    <time
      dateTime={new Date(at).toISOString()}
      title={formatDateTime(at, { locale, timeZone, stable: tick === null })}
      lang={langOf('signedIn')}
    >
      {text}
    </time>
  ) : (
    <span lang={langOf('signedIn')}>{text}</span>
  );
}

'use client';
import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import type { SessionError } from '../session/errors.js';
import { formatPlace } from '../format/groupLocations.js';
import { getNumberFormat } from '../format/intlFormatters.js';
import { formatDateTime, formatRelativeTime } from '../format/formatRelative.js';
import { deviceCategory, osTitle } from '../format/userAgentText.js';
import type { UserSessionItem } from '../query/userSessions.js';
import { useNow } from '../react/useNow.js';
import { cx } from './cx.js';
import { DeviceIcon } from './DeviceIcon.js';
import { MaskedIp } from './MaskedIp.js';
import { SessionI18nProvider, useSessionI18n, type ResolvedSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { accountLang, accountMessages, type AccountMessages } from './accountMessages.js';
import type { SessionMessages } from './messages.js';

/** Props of {@link SessionList}. */
export interface SessionListProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, Omit<SessionI18nProps, 'messages'> {
  /** Strings to replace: the panel's and the account ones (`{ ...de, ...deAccount }`). */
  messages?: Partial<SessionMessages & AccountMessages>;
  /** `'pending'` while the list loads, `'error'` when there is none to show (`useUserSessions().status`). */
  status: 'pending' | 'success' | 'error';
  /** This browser's session: first, with the "This device" chip, no "Sign out". */
  current?: UserSessionItem;
  /** The other active sessions, most recent first. */
  others?: readonly UserSessionItem[];
  /** Expired sessions, collapsed under "Expired sessions (n)". */
  expired?: readonly UserSessionItem[];
  /** "Sign out" of a row, after its confirm step (e.g. `useRevokeSession().mutate`). Without it, rows have no button. */
  onSignOut?: (sessionId: string) => void;
  /** "Sign out all other devices", after its confirm step (`useRevokeOtherSessions().mutate`). */
  onSignOutOthers?: () => void;
  /** A sign-out is on its way: the buttons wait. */
  busy?: boolean;
  /** The latest refused sign-out (`SessionRevokeError`), said in the list's status line. */
  revokeError?: SessionError | null;
  /** "Try again" when the list could not be loaded. */
  onRetry?: () => void;
  /** Level of the list's heading (default 2); rows use no headings. */
  headingLevel?: 2 | 3 | 4;
  /** Mask IP addresses until revealed (default true). */
  maskIps?: boolean;
}

function deviceName(item: UserSessionItem, m: ResolvedSessionI18n['messages']): string {
  const { browser, operatingSystem, device } = item.session;
  return m.deviceTitle(
    browser?.name?.trim() || null,
    osTitle(operatingSystem?.name, undefined),
    m.deviceType(deviceCategory(device?.type)),
  );
}

interface RowProps {
  item: UserSessionItem;
  now: number | null;
  confirming: boolean;
  onConfirm: (confirming: boolean) => void;
  onSignOut?: (sessionId: string) => void;
  busy: boolean;
  maskIps: boolean;
}

function Row({ item, now, confirming, onConfirm, onSignOut, busy, maskIps }: RowProps) {
  const i18n = useSessionI18n();
  const { messages: m, locale, timeZone, langOf } = i18n;
  const a = accountMessages(m);
  const nameId = useId();
  const signOutButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Focus follows the step: into the confirm (on the safe choice), back to "Sign out" after Cancel.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) signOutButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const name = deviceName(item, m);
  const location = item.session.locations.at(-1);
  const place = location ? formatPlace(location, locale) : null;
  const at = Date.parse(item.session.activeAt ?? '');
  const when = Number.isFinite(at)
    ? now === null
      ? formatDateTime(at, { locale, timeZone, stable: true })
      : formatRelativeTime(at, Math.max(now, at), locale)
    : m.unknownTime;
  const activity = item.isExpired ? a.expiredLabel : item.isCurrent ? a.activeNow : a.lastActive(when);
  const category = deviceCategory(item.session.device?.type);
  return (
    <li
      className="psr-list__row"
      data-current={item.isCurrent ? '' : undefined}
      data-expired={item.isExpired ? '' : undefined}
      data-state={confirming ? 'confirming' : 'idle'}
      data-session-id={item.session.id}
    >
      <span className="psr-device__icon">
        <DeviceIcon category={category} />
      </span>
      <div className="psr-list__text">
        <p className="psr-list__name">
          <bdi id={nameId}>{name}</bdi>
          {item.isCurrent ? (
            <span className="psr-chip" lang={langOf('thisDevice')}>
              {m.thisDevice}
            </span>
          ) : null}
        </p>
        <p className="psr-detail">
          {Number.isFinite(at) ? <time dateTime={new Date(at).toISOString()}>{activity}</time> : <span>{activity}</span>}
          {place ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="psr-sr-only">, </span>
              <bdi>{place}</bdi>
            </>
          ) : null}
          {location?.remoteIp ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="psr-sr-only">, </span>
              <MaskedIp ip={location.remoteIp} mask={maskIps} describedBy={nameId} />
            </>
          ) : null}
        </p>
      </div>
      {onSignOut && !item.isCurrent ? (
        confirming ? (
          <div className="psr-list__confirm" role="group" aria-labelledby={`${nameId}-confirm`}>
            <p id={`${nameId}-confirm`} lang={accountLang(m, a, 'confirmSignOutDevice')}>
              {a.confirmSignOutDevice(name)}
            </p>
            <button
              type="button"
              className="psr-button psr-button--danger"
              aria-disabled={busy || undefined}
              onClick={() => !busy && onSignOut(item.session.id)}
            >
              {a.confirmYes}
            </button>
            <button ref={cancelButton} type="button" className="psr-button" onClick={() => onConfirm(false)}>
              {a.cancel}
            </button>
          </div>
        ) : (
          <button
            ref={signOutButton}
            type="button"
            className="psr-button"
            aria-label={a.signOutDeviceNamed(name)}
            aria-disabled={busy || undefined}
            onClick={() => !busy && onConfirm(true)}
          >
            {a.signOutDevice}
          </button>
        )
      ) : null}
    </li>
  );
}

function refusal(error: SessionError | null | undefined): 'current-session' | 'incomplete' | 'other' | null {
  if (!error) return null;
  const reason = (error as { reason?: unknown }).reason;
  return reason === 'current-session' || reason === 'incomplete' ? reason : 'other';
}

/**
 * "Your devices", in the style of GitHub's Sessions and Google's "Your devices": one row per
 * session with a device icon, "Firefox on macOS", a "This device" chip, when it was last active,
 * the approximate place and the masked IP (with reveal). Other devices have "Sign out" with an
 * inline confirm step (focus moves to Cancel, and back); "Sign out all other devices" confirms
 * too. Expired sessions are collapsed. Presentational: feed it `useUserSessions()` and the
 * revoke hooks. `data-state` is the list's status.
 */
export const SessionList = forwardRef<HTMLElement, SessionListProps>(function SessionList(
  {
    status,
    current,
    others = [],
    expired = [],
    onSignOut,
    onSignOutOthers,
    busy = false,
    revokeError,
    onRetry,
    headingLevel = 2,
    maskIps = true,
    locale,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const i18n = useSessionI18n({ locale, messages });
  const { messages: m } = i18n;
  const a = accountMessages(m);
  const titleId = useId();
  const now = useNow({ unitMs: 60_000 });
  // One confirm step open at a time: a row's id, or 'all'.
  const [confirming, setConfirming] = useState<string | null>(null);
  const allButton = useRef<HTMLButtonElement>(null);
  const Heading = `h${headingLevel}` as const;
  const failed = refusal(revokeError);
  const count = getNumberFormat(i18n.locale);
  const row = (item: UserSessionItem) => (
    <Row
      key={item.session.id}
      item={item}
      now={now}
      confirming={confirming === item.session.id}
      onConfirm={(on) => setConfirming(on ? item.session.id : null)}
      onSignOut={
        onSignOut &&
        ((id) => {
          setConfirming(null);
          onSignOut(id);
        })
      }
      busy={busy}
      maskIps={maskIps}
    />
  );
  return (
    // Rows read locale and messages from context, like the panel's sections.
    <SessionI18nProvider locale={locale} messages={messages}>
      <section
        ref={ref}
        className={cx('psr-list', className)}
        aria-labelledby={titleId}
        aria-busy={status === 'pending' || busy || undefined}
        data-state={status}
        {...rest}
      >
        <Heading id={titleId} className="psr-heading" lang={accountLang(m, a, 'devicesTitle')}>
          {a.devicesTitle}
        </Heading>
        {status === 'pending' ? (
          <p className="psr-detail" lang={accountLang(m, a, 'devicesLoading')}>
            {a.devicesLoading}
          </p>
        ) : null}
        {status === 'error' ? (
          <div className="psr-notice" role="alert">
            <p lang={accountLang(m, a, 'devicesError')}>{a.devicesError}</p>
            {onRetry ? (
              <button type="button" className="psr-button" onClick={onRetry}>
                {m.tryAgain}
              </button>
            ) : null}
          </div>
        ) : null}
        <p className="psr-list__status" role="status">
          {failed ? a.revokeFailed(failed) : ''}
        </p>
        {status === 'success' ? (
          <>
            <ul className="psr-list__rows">
              {current ? row(current) : null}
              {others.map(row)}
            </ul>
            {others.length === 0 ? (
              <p className="psr-detail" lang={accountLang(m, a, 'noOtherDevices')}>
                {a.noOtherDevices}
              </p>
            ) : null}
            {others.length > 0 && onSignOutOthers ? (
              confirming === 'all' ? (
                <ConfirmAll
                  text={a.confirmSignOutOthers(others.length, count.format(others.length))}
                  yes={a.confirmYes}
                  cancel={a.cancel}
                  busy={busy}
                  onYes={() => {
                    setConfirming(null);
                    onSignOutOthers();
                  }}
                  onCancel={() => {
                    setConfirming(null);
                    requestAnimationFrame(() => allButton.current?.focus());
                  }}
                />
              ) : (
                <button
                  ref={allButton}
                  type="button"
                  className="psr-button"
                  aria-disabled={busy || undefined}
                  onClick={() => !busy && setConfirming('all')}
                >
                  {a.signOutOthers}
                </button>
              )
            ) : null}
            {expired.length > 0 ? (
              <details className="psr-list__expired">
                <summary lang={accountLang(m, a, 'expiredSessions')}>
                  {a.expiredSessions(expired.length, count.format(expired.length))}
                </summary>
                <ul className="psr-list__rows">{expired.map(row)}</ul>
              </details>
            ) : null}
          </>
        ) : null}
      </section>
    </SessionI18nProvider>
  );
});
SessionList.displayName = 'SessionList';

function ConfirmAll({
  text,
  yes,
  cancel,
  busy,
  onYes,
  onCancel,
}: {
  text: string;
  yes: string;
  cancel: string;
  busy: boolean;
  onYes: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelButton.current?.focus(), []);
  return (
    <div className="psr-list__confirm" role="group" aria-labelledby={id}>
      <p id={id}>{text}</p>
      <button
        type="button"
        className="psr-button psr-button--danger"
        aria-disabled={busy || undefined}
        onClick={() => !busy && onYes()}
      >
        {yes}
      </button>
      <button ref={cancelButton} type="button" className="psr-button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

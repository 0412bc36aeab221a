'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type RefObject,
} from 'react';
import { formatIdle, formatLeftExact } from '../format/formatLeft.js';
import type { CurrentSessionStatus } from '../query/currentSessionState.js';
import type { SignedOutReason } from '../query/sessionQueryStore.js';
import { useCountdown } from '../react/useCountdown.js';
import { cx } from './cx.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { accountLang, accountMessages, type AccountMessages } from './accountMessages.js';
import type { SessionMessages } from './messages.js';

/** Default {@link SessionTimeoutDialogProps.openBeforeMs}: 2 minutes, as GOV.UK's pattern. */
export const DEFAULT_TIMEOUT_DIALOG_MS = 120_000;

/** Props of {@link SessionTimeoutDialog}. */
export interface SessionTimeoutDialogProps
  extends Omit<ComponentPropsWithoutRef<'dialog'>, 'children' | 'open'>, Omit<SessionI18nProps, 'messages'> {
  /** Strings to replace: the panel's and the account ones (`{ ...fr, ...frAccount }`). */
  messages?: Partial<SessionMessages & AccountMessages>;
  /** `useCurrentSession().status`. */
  status: CurrentSessionStatus;
  /** The sign-out instant, server-time epoch ms (`deadlines.effectiveExpiresAt`). */
  deadline: number | null | undefined;
  /** Why a `signed-out` session ended (`state.reason`): only `'idle-timeout'` is explained here. */
  reason?: SignedOutReason;
  /** `session.idleTimeoutInMinutes`, to say "after 30 minutes of inactivity". */
  idleMinutes?: number;
  /** "Stay signed in" (and Escape): e.g. `useExtendSession().mutate`. */
  onStaySignedIn: () => void;
  /** "Sign out": e.g. `useSignOff().mutate`. */
  onSignOut: () => void;
  /** "Sign in again" after the timeout; without it the notice has only its text. */
  onSignIn?: () => void;
  /** How long before the deadline it opens (default 2 minutes). */
  openBeforeMs?: number;
  /** `'dialog'` (default): a modal `alertdialog` that takes focus. `'banner'`: a non-modal region that does not. */
  variant?: 'dialog' | 'banner';
  /** "Stay signed in" is on its way (its button waits). */
  busy?: boolean;
  /** The last "Stay signed in" failed: said in the dialog. */
  failed?: boolean;
}

/**
 * The GOV.UK / HMRC session-timeout warning. Opens `openBeforeMs` (2 minutes) before the idle
 * deadline as a modal `role="alertdialog"`: focus moves to "Stay signed in" and returns where it
 * was on close; Escape means "Stay signed in" (GOV.UK's choice: closing the warning is
 * activity). Screen readers hear the time left in words when it opens, at 1 minute and at 30
 * seconds (the time actually left, once each). If the deadline moves away (activity in another
 * tab or app, or "Stay signed in"), it closes by itself. Once the session has timed out it says
 * why and offers "Sign in again". `variant="banner"` shows the same content as a non-modal region
 * that takes no focus. `data-state`: `closed`, `warning` or `timed-out`.
 */
export const SessionTimeoutDialog = forwardRef<HTMLElement, SessionTimeoutDialogProps>(function SessionTimeoutDialog(
  {
    status,
    deadline,
    reason,
    idleMinutes,
    onStaySignedIn,
    onSignOut,
    onSignIn,
    openBeforeMs = DEFAULT_TIMEOUT_DIALOG_MS,
    variant = 'dialog',
    busy = false,
    failed = false,
    locale,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const { messages: m, locale: resolvedLocale, langOf } = useSessionI18n({ locale, messages });
  const a = accountMessages(m);
  const live = status === 'active' || status === 'expired';
  const countdown = useCountdown(live ? deadline : null);
  const remaining = countdown?.remainingMs ?? Number.POSITIVE_INFINITY;
  const warning = status === 'active' && remaining <= openBeforeMs;
  const timedOut = status === 'expired' || (status === 'signed-out' && reason === 'idle-timeout');
  // Once it warned, it stays to explain the timeout; a deadline that moved away closes it.
  // (State adjusted while rendering from the previous render's: no effect, no extra pass.)
  const [warned, setWarned] = useState(false);
  if (warning && !warned) setWarned(true);
  if (status === 'active' && remaining > openBeforeMs && warned) setWarned(false);
  const open = warning || (timedOut && warned);
  const state = !open ? 'closed' : timedOut ? 'timed-out' : 'warning';
  // Spoken once per step, with the time actually left.
  const step = !open ? '' : timedOut ? 'timed-out' : remaining <= 30_000 ? '30s' : remaining <= 60_000 ? '1m' : 'open';
  const [spoken, setSpoken] = useState({ step: '', text: '' });
  if (step !== spoken.step) {
    const idle = idleMinutes === undefined ? undefined : formatIdle(idleMinutes, resolvedLocale);
    setSpoken({
      step,
      text:
        step === ''
          ? ''
          : timedOut
            ? m.signedOut('idle-timeout', idle)
            : m.announce(formatLeftExact(remaining, resolvedLocale), true),
    });
  }

  const element = useRef<HTMLElement>(null);
  useImperativeHandle(ref, () => element.current as HTMLElement, []);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = element.current;
    if (variant !== 'dialog' || !(dialog instanceof HTMLDialogElement)) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // jsdom and old browsers lack showModal: then it is shown without the top layer.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (open && timedOut) {
      // The warning became the timed-out notice: its buttons went, focus goes to "Sign in again".
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      returnTo.current?.focus();
      returnTo.current = null;
    }
  }, [open, variant, timedOut]);

  const titleId = useId();
  const textId = useId();
  const idle = idleMinutes === undefined ? undefined : formatIdle(idleMinutes, resolvedLocale);
  const content = !open ? null : timedOut ? (
    <>
      <h2 id={titleId} className="psr-heading" lang={accountLang(m, a, 'timedOutTitle')}>
        {a.timedOutTitle}
      </h2>
      <p id={textId} lang={langOf('signedOut')}>
        {m.signedOut('idle-timeout', idle)}
      </p>
      {onSignIn ? (
        <div className="psr-timeout-dialog__actions">
          <button type="button" className="psr-button psr-button--primary" data-autofocus onClick={onSignIn}>
            {m.signInAgain}
          </button>
        </div>
      ) : null}
    </>
  ) : (
    <>
      <h2 id={titleId} className="psr-heading" lang={accountLang(m, a, 'timeoutTitle')}>
        {a.timeoutTitle}
      </h2>
      <p id={textId} lang={accountLang(m, a, 'timeoutBody')}>
        {a.timeoutBody(formatLeftExact(remaining, resolvedLocale))}
      </p>
      {failed ? (
        <p role="alert" lang={langOf('error')}>
          {m.error('network')}
        </p>
      ) : null}
      <div className="psr-timeout-dialog__actions">
        <button
          type="button"
          className="psr-button psr-button--primary"
          data-autofocus
          aria-disabled={busy || undefined}
          onClick={() => !busy && onStaySignedIn()}
        >
          {m.staySignedIn}
        </button>
        <button type="button" className="psr-button" onClick={onSignOut}>
          {a.signOut}
        </button>
      </div>
    </>
  );
  // Mounted before it speaks: a region that appears together with its text is often not read.
  const liveRegion = (
    <p className="psr-sr-only" aria-live="assertive" aria-atomic="true">
      {spoken.text}
    </p>
  );
  if (variant === 'banner') {
    return (
      <section
        ref={element}
        className={cx('psr-timeout-banner', className)}
        aria-labelledby={open ? titleId : undefined}
        data-state={state}
        {...rest}
      >
        {content}
        {liveRegion}
      </section>
    );
  }
  return (
    <dialog
      ref={element as RefObject<HTMLDialogElement | null>}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className={cx('psr-timeout-dialog', className)}
      data-state={state}
      onCancel={(event) => {
        event.preventDefault();
        if (!timedOut && !busy) onStaySignedIn();
      }}
      {...rest}
    >
      {content}
      {liveRegion}
    </dialog>
  );
});
SessionTimeoutDialog.displayName = 'SessionTimeoutDialog';

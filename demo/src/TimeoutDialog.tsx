import { useEffect, useId, useRef, useState } from 'react';
import { useCountdown, useCurrentSession, useExtendSession, useSignOff } from '../../src';

/** The dialog opens this long before the idle deadline (GOV.UK: 2 minutes). */
const THRESHOLD_MS = 2 * 60_000;

function inWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/**
 * The GOV.UK session-timeout pattern on the library's hooks (the library's own
 * SessionTimeoutDialog follows the components rewrite): a modal `alertdialog` opens 2 minutes
 * before the idle deadline, focus moves into it and goes back on close. "Stay signed in"
 * extends the session (one PUT; the countdowns reschedule from the answer), "Sign out" signs
 * off. Escape counts as "Stay signed in", as in GOV.UK's pattern. Screen readers hear the time
 * left in words when it opens, at 1 minute and at 30 seconds. If activity elsewhere moves the
 * deadline (another tab, another app), it closes by itself. After an idle timeout it says why
 * the person was signed out and offers "Sign in again". `variant="banner"`: the same content in a
 * non-modal region at the top of the page, which takes no focus (apps that do not want a dialog).
 */
export function TimeoutDialog({ onSignInAgain, variant = 'dialog' }: { onSignInAgain: () => void; variant?: 'dialog' | 'banner' }) {
  const current = useCurrentSession();
  const extend = useExtendSession();
  const signOff = useSignOff();
  const deadline = current.status === 'active' || current.status === 'expired' ? current.deadlines.effectiveExpiresAt : null;
  const countdown = useCountdown(deadline);
  const remaining = countdown?.remainingMs ?? Infinity;
  const warning = current.status === 'active' && remaining <= THRESHOLD_MS;
  const timedOut = current.status === 'expired' || (current.status === 'signed-out' && current.reason === 'idle-timeout');
  // Once it was open for a warning, it stays to explain the timeout; a new session closes it.
  // (State adjusted while rendering, from the previous render's: no effect, no extra render pass.)
  const [shownForWarning, setShownForWarning] = useState(false);
  if (warning && !shownForWarning) setShownForWarning(true);
  if (current.status === 'active' && !warning && shownForWarning) setShownForWarning(false);
  const open = warning || (timedOut && shownForWarning);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const textId = useId();
  // Announcements in words at open, 1 minute and 30 seconds (with the time actually left), never on every tick.
  const mark = !open ? '' : timedOut ? 'timed-out' : remaining <= 30_000 ? '30s' : remaining <= 60_000 ? '1m' : 'open';
  const [spoken, setSpoken] = useState({ mark: '', text: '' });
  if (mark !== spoken.mark) {
    setSpoken({
      mark,
      text: mark === '' ? '' : timedOut ? 'You were signed out because you were inactive.' : `You will be signed out in ${inWords(remaining)} unless you stay signed in.`,
    });
  }

  useEffect(() => {
    const element = dialog.current;
    if (!element || variant !== 'dialog') return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && element.open) {
      element.close();
      returnTo.current?.focus();
      returnTo.current = null;
    }
  }, [open, variant]);

  const content = (
    <>
      {timedOut ? (
        <>
          <h2 id={titleId}>You were signed out</h2>
          <p id={textId}>We signed you out because you were inactive for a while. Your information is safe.</p>
          <div className="demo-dialog__actions">
            <button type="button" className="demo-button demo-button--primary" data-autofocus onClick={onSignInAgain}>
              Sign in again
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id={titleId}>You are about to be signed out</h2>
          <p id={textId}>
            For your security, we will sign you out in <strong>{inWords(remaining)}</strong> unless you stay signed in.
          </p>
          {extend.isError ? <p role="alert">We could not keep you signed in. Try again.</p> : null}
          <div className="demo-dialog__actions">
            <button type="button" className="demo-button demo-button--primary" data-autofocus disabled={extend.isPending} onClick={() => extend.mutate()}>
              Stay signed in
            </button>
            <button type="button" className="demo-button" disabled={signOff.isPending} onClick={() => signOff.mutate()}>
              Sign out
            </button>
          </div>
        </>
      )}
    </>
  );
  // Mounted before it speaks (a region that appears with its text is often not read).
  const liveRegion = (
    <p className="demo-visually-hidden" aria-live="assertive" aria-atomic="true">
      {spoken.text}
    </p>
  );
  const state = timedOut ? 'timed-out' : open ? 'warning' : 'closed';
  if (variant === 'banner') {
    return (
      <>
        <section className="demo-timeout-banner" role="region" aria-labelledby={titleId} data-state={state} hidden={!open}>
          {open ? content : null}
        </section>
        {liveRegion}
      </>
    );
  }
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className="demo-dialog"
      data-state={state}
      onCancel={(event) => {
        // Escape: stay signed in (GOV.UK), or just close the "you were signed out" notice.
        event.preventDefault();
        if (!timedOut) extend.mutate();
      }}
    >
      {content}
      {liveRegion}
    </dialog>
  );
}

import { useId, useState } from 'react';

/** Props of {@link ControlStrip}. */
export interface ControlStripProps {
  /** Called after each control so the page refetches (as the app would after a real event). */
  onChanged: () => void;
  /** How the page warns before the idle timeout. */
  warning: TimeoutWarning;
  onWarningChange: (warning: TimeoutWarning) => void;
}

/** The demo's timeout warning: the GOV.UK modal dialog, a non-modal banner, or the panel alone. */
export type TimeoutWarning = 'dialog' | 'banner' | 'panel';

const WARNING_CHOICES: { value: TimeoutWarning; label: string }[] = [
  { value: 'dialog', label: 'Dialog (GOV.UK)' },
  { value: 'banner', label: 'Banner (non-modal)' },
  { value: 'panel', label: 'Panel only' },
];

interface Control {
  label: string;
  action: string;
  body?: Record<string, unknown>;
  done: string;
}

const CONTROLS: Control[] = [
  { label: 'Simulate activity', action: 'activity', done: 'Activity recorded: the idle deadline slid forward.' },
  { label: 'Clock +5 min', action: 'clock', body: { advanceMs: 5 * 60_000 }, done: 'PingOne’s clock jumped 5 minutes.' },
  {
    label: 'Jump to 15 s before idle timeout',
    action: 'clock',
    body: { until: 'idle', leaveMs: 15_000 },
    done: 'PingOne’s clock is 15 s before the idle timeout.',
  },
  { label: 'Expire now', action: 'expire', done: 'The session expired on PingOne.' },
  { label: 'Sign out', action: 'sign-out', done: 'Signed out: the ST cookie is gone.' },
  {
    label: 'Fail next 3 (HTTP 500)',
    action: 'fail',
    body: { status: 500, count: 3 },
    done: 'The next 3 PingOne answers will be HTTP 500.',
  },
  {
    label: 'Rate limit (HTTP 429)',
    action: 'fail',
    body: { status: 429, count: 1, retryAfter: '5' },
    done: 'The next PingOne answer will be HTTP 429, retry after 5 s.',
  },
  { label: 'Reset', action: 'reset', done: 'Emulator reset: no sessions, real time.' },
];

const IDLE_CHOICES = [
  { minutes: 30, label: '30 minutes (PingOne-like)' },
  { minutes: 10, label: '10 minutes' },
  { minutes: 2, label: '2 minutes' },
  { minutes: 72_000, label: '50 days (PingOne’s example)' },
];

/**
 * The demo's control strip: drives the in-process PingOne emulator through `/demo/*` routes
 * (sign-in sets the HttpOnly ST cookie; the page never sees a token), then asks the page to
 * refetch. Results are announced politely.
 */
export function ControlStrip({ onChanged, warning, onWarningChange }: ControlStripProps) {
  const titleId = useId();
  const idleId = useId();
  const warningId = useId();
  const [idle, setIdle] = useState(30);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(action: string, body: Record<string, unknown> | undefined, done: string) {
    setBusy(true);
    try {
      const response = await fetch(`/demo/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      const answer = (await response.json()) as { message?: string; clockOffsetMs?: number };
      const offset = answer.clockOffsetMs === undefined ? '' : ` Emulator clock: ${formatOffset(answer.clockOffsetMs)}.`;
      setMessage(response.ok ? `${done}${offset}` : (answer.message ?? `Failed (HTTP ${response.status})`));
    } catch {
      setMessage('The demo server did not answer.');
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  return (
    <section className="demo-strip" aria-labelledby={titleId}>
      <h2 id={titleId} className="demo-strip__title">
        Demo controls <span className="demo-strip__note">drive the built-in PingOne emulator</span>
      </h2>
      <div className="demo-strip__controls">
        <span className="demo-strip__group">
          <label htmlFor={idleId}>Idle timeout</label>
          <select id={idleId} value={idle} onChange={(event) => setIdle(Number(event.target.value))}>
            {IDLE_CHOICES.map((choice) => (
              <option key={choice.minutes} value={choice.minutes}>
                {choice.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="demo-button demo-button--primary"
            disabled={busy}
            onClick={() => void run('sign-in', { idleTimeoutInMinutes: idle }, 'Signed in: PingOne set the ST cookie.')}
          >
            Sign in
          </button>
        </span>
        <span className="demo-strip__group">
          <label htmlFor={warningId}>Timeout warning</label>
          <select id={warningId} value={warning} onChange={(event) => onWarningChange(event.target.value as TimeoutWarning)}>
            {WARNING_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </span>
        {CONTROLS.map((control) => (
          <button
            key={control.label}
            type="button"
            className="demo-button"
            disabled={busy}
            onClick={() => void run(control.action, control.body, control.done)}
          >
            {control.label}
          </button>
        ))}
      </div>
      <p className="demo-strip__status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

function formatOffset(ms: number): string {
  if (ms === 0) return 'real time';
  const minutes = Math.round(ms / 60_000);
  return minutes === 0 ? `${ms > 0 ? '+' : ''}${Math.round(ms / 1000)} s` : `${minutes > 0 ? '+' : ''}${minutes} min`;
}

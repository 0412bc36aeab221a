'use client';
import { useState, type ReactNode } from 'react';
import type { SessionDeadlines } from '../session/deadlines.js';
import { countdownLevel, DEFAULT_ANNOUNCE_AT_MS } from '../format/countdownLevel.js';
import { hasSeparateExpiry } from '../session/deadlines.js';
import { formatDeadline } from '../format/formatDeadlines.js';
import { signOutDeadline } from '../session/deadlines.js';
import { formatClock, splitDuration } from '../format/formatDuration.js';
import { formatIdle, formatLeft, formatLeftExact } from '../format/formatLeft.js';
import { useCountdown } from '../react/useCountdown.js';
import { PhaseIcon } from './PhaseIcon.js';
import { useSessionI18n } from './SessionI18nProvider.js';

/** Props of the panel's timeout section. */
export interface SessionTimeoutProps {
  deadlines: SessionDeadlines | null | undefined;
  /** `session.idleTimeoutInMinutes`, to say "after 30 minutes of inactivity". */
  idleMinutes: number | undefined;
  /** Shows "Stay signed in" in the warning and critical phases. */
  onStaySignedIn?: () => void;
  warningMs?: number;
  criticalMs?: number;
  announceAt?: readonly number[];
  headingLevel: 3 | 4 | 5 | 6;
}

// Replaced by the live timer inside a translated sentence: catalogs write whole sentences.
const SLOT = '\u2063';

/**
 * When the person will be signed out, as a sentence: "You'll be signed out after 30 minutes of
 * inactivity, at 12:34 PM (in 29 minutes)." The session end gets a sentence of its own only when
 * it differs from the idle deadline. In the last minutes a box with an icon, the phase in words,
 * a live `mm:ss` (read as words by screen readers) and "Stay signed in". One polite live region
 * speaks once per threshold with the time actually left; expiry itself is the panel's to say.
 */
export function SessionTimeout({
  deadlines,
  idleMinutes,
  onStaySignedIn,
  warningMs,
  criticalMs,
  announceAt = DEFAULT_ANNOUNCE_AT_MS,
  headingLevel,
}: SessionTimeoutProps) {
  const { messages: m, locale, timeZone, langOf } = useSessionI18n();
  const target = signOutDeadline(deadlines);
  const countdown = useCountdown(target?.at, { warningMs, criticalMs });
  const now = target && countdown ? target.at - countdown.remainingMs : null;
  const canStay = Boolean(onStaySignedIn);
  const level = countdown === null || countdown.remainingMs <= 0 ? null : countdownLevel(countdown.remainingMs, announceAt);
  // Derived while rendering when the level rises ("storing information from previous renders"):
  // the first level seen is a baseline, not news; the words are the time actually left.
  const [seen, setSeen] = useState<{ level: number | null; text: string }>({ level: null, text: '' });
  if (level !== seen.level) {
    const rose = seen.level !== null && level !== null && level > seen.level;
    setSeen({
      level,
      text: rose && countdown ? m.announce(formatLeftExact(countdown.remainingMs, locale), canStay) : rose ? seen.text : '',
    });
  }
  const Heading = `h${headingLevel}` as const;
  const phase = countdown?.phase ?? 'running';
  const sentence = (at: number) => ({
    at: formatDeadline(at, { nowMs: now, locale, timeZone }),
    left: now === null ? undefined : formatLeft(Math.max(0, at - now), locale),
  });
  const lines: ReactNode[] = [];
  const idleAt = deadlines?.idleExpiresAt ?? null;
  const urgent = countdown !== null && (phase === 'warning' || phase === 'critical');
  // In the last minutes the box below says it; the sentence would repeat it a second later.
  if (urgent) {
    // nothing: the box carries the time
  } else if (idleAt !== null && idleMinutes !== undefined) {
    const s = sentence(idleAt);
    lines.push(
      <p key="idle" lang={langOf('idleSentence')}>
        {m.idleSentence(formatIdle(idleMinutes, locale), s.at, s.left)}
      </p>,
    );
  } else if (target) {
    const s = sentence(target.at);
    lines.push(
      <p key="at" lang={langOf('deadlineSentence')}>
        {m.deadlineSentence(s.at, s.left)}
      </p>,
    );
  }
  if (deadlines && deadlines.expiresAt !== null && hasSeparateExpiry(deadlines) && idleAt !== null) {
    const s = sentence(deadlines.expiresAt);
    lines.push(
      <p key="end" lang={langOf('endSentence')}>
        {m.endSentence(s.at, s.left)}
      </p>,
    );
  }
  return (
    <div
      className="psr-timeout"
      data-phase={countdown === null ? undefined : phase}
      // Whole seconds left, for tests and app styling; the words are for people.
      data-remaining-seconds={countdown === null ? undefined : Math.ceil(countdown.remainingMs / 1000)}
    >
      <Heading className="psr-heading">
        <PhaseIcon phase={phase} />
        <span lang={langOf('timeoutHeading')}>{m.timeoutHeading}</span>
        {countdown !== null && (
          <span className="psr-phase" lang={langOf('phase')}>
            {m.phase(phase)}
          </span>
        )}
      </Heading>
      {/* Once expired the panel's notice says it (with "Sign in again"); the phase says "Timed out". */}
      {target === null ? <p lang={langOf('noDeadline')}>{m.noDeadline}</p> : phase === 'expired' ? null : lines}
      {urgent && countdown && (
        <div className="psr-urgent">
          <p className="psr-urgent__time" lang={langOf('signOutIn')}>
            {withSlot(m.signOutIn(SLOT), <LiveClock key="clock" ms={countdown.remainingMs} locale={locale} />)}
          </p>
          <p lang={langOf('whatToDo')}>{m.whatToDo(canStay)}</p>
          {onStaySignedIn && (
            <button
              type="button"
              className="psr-button psr-button--primary"
              onClick={onStaySignedIn}
              lang={langOf('staySignedIn')}
            >
              {m.staySignedIn}
            </button>
          )}
        </div>
      )}
      <p role="status" className="psr-sr-only" lang={langOf('announce')}>
        {seen.text}
      </p>
    </div>
  );
}

/** `mm:ss` for the eye, the same time in words for screen readers; not live (ticks are not read). */
function LiveClock({ ms, locale }: { ms: number; locale: string | undefined }) {
  const { minutes, seconds } = splitDuration(ms);
  return (
    <span role="timer" aria-live="off" className="psr-clock">
      <span aria-hidden="true">{formatClock(minutes, seconds, locale)}</span>
      <span className="psr-sr-only">{formatLeftExact(ms, locale)}</span>
    </span>
  );
}

function withSlot(text: string, node: ReactNode): ReactNode[] {
  const [before = '', after = ''] = text.split(SLOT);
  return [before, node, after];
}

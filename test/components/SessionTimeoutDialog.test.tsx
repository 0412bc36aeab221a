import { act, fireEvent, screen } from '@testing-library/react';
import { SessionTimeoutDialog, type SessionTimeoutDialogProps } from '../../src/components/SessionTimeoutDialog';
import { createSessionClock } from '../../src/time/clock';
import { fr } from '../../src/locales/fr';
import { frAccount } from '../../src/locales/fr-account';
import { renderSession } from '../support/components';

const T0 = Date.parse('2025-01-15T10:00:00.000Z');
const MINUTE = 60_000;
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

function setup(props: Partial<SessionTimeoutDialogProps> = {}) {
  const onStaySignedIn = vi.fn();
  const onSignOut = vi.fn();
  const onSignIn = vi.fn();
  const base: SessionTimeoutDialogProps = {
    status: 'active',
    deadline: T0 + 3 * MINUTE,
    idleMinutes: 30,
    onStaySignedIn,
    onSignOut,
    onSignIn,
    ...props,
  };
  const view = renderSession(
    <>
      <button type="button">Elsewhere</button>
      <SessionTimeoutDialog data-testid="d" {...base} />
    </>,
    { clock: createSessionClock() },
  );
  const rerender = (next: Partial<SessionTimeoutDialogProps>) =>
    view.rerender(
      <>
        <button type="button">Elsewhere</button>
        <SessionTimeoutDialog data-testid="d" {...base} {...next} />
      </>,
    );
  const dialog = () => screen.getByTestId<HTMLDialogElement>('d');
  const live = () => dialog().querySelector('[aria-live]')!;
  return { onStaySignedIn, onSignOut, onSignIn, rerender, dialog, live };
}

describe('SessionTimeoutDialog', () => {
  beforeEach(() => vi.useFakeTimers({ now: T0 }));
  afterEach(() => vi.useRealTimers());

  it('stays closed until 2 minutes before the deadline, then opens as an alertdialog with focus on Stay signed in', () => {
    const { dialog, live } = setup();
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    expect(dialog()).toHaveAttribute('data-state', 'closed');
    expect(dialog().open).toBe(false);
    expect(live()).toBeEmptyDOMElement();
    advance(MINUTE);
    expect(dialog()).toHaveAttribute('data-state', 'warning');
    expect(dialog().open).toBe(true);
    expect(dialog()).toHaveAttribute('role', 'alertdialog');
    expect(dialog()).toHaveAttribute('aria-modal', 'true');
    expect(dialog()).toHaveAccessibleName('You’re about to be signed out');
    expect(dialog()).toHaveAccessibleDescription('For your security, we’ll sign you out in 2 minutes.');
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    expect(live()).toHaveTextContent('You’ll be signed out in 2 minutes. Choose Stay signed in to continue.');
  });

  it('announces at opening, at 1 minute and at 30 seconds only, with the time actually left', () => {
    const { live } = setup({ deadline: T0 + 100_000 });
    const heard: string[] = [];
    const note = () => heard.at(-1) !== live().textContent && heard.push(live().textContent ?? '');
    note();
    for (let t = 0; t < 95; t++) {
      advance(1_000);
      note();
    }
    expect(heard).toEqual([
      'You’ll be signed out in 1 minute 40 seconds. Choose Stay signed in to continue.',
      'You’ll be signed out in 1 minute. Choose Stay signed in to continue.',
      'You’ll be signed out in 30 seconds. Choose Stay signed in to continue.',
    ]);
  });

  it('Stay signed in and Escape call onStaySignedIn; Sign out calls onSignOut', () => {
    const { dialog, onStaySignedIn, onSignOut } = setup({ deadline: T0 + MINUTE });
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    expect(onStaySignedIn).toHaveBeenCalledTimes(1);
    const escape = new Event('cancel', { cancelable: true });
    act(() => void dialog().dispatchEvent(escape));
    expect(escape.defaultPrevented).toBe(true);
    expect(onStaySignedIn).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  it('busy: Stay signed in waits (aria-disabled), a failure is said', () => {
    const { onStaySignedIn } = setup({ deadline: T0 + MINUTE, busy: true, failed: true });
    const stay = screen.getByRole('button', { name: 'Stay signed in' });
    expect(stay).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(stay);
    expect(onStaySignedIn).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('closes by itself when the deadline moves away, and gives focus back', () => {
    const { dialog, rerender } = setup({ deadline: T0 + 3 * MINUTE });
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    advance(MINUTE + 1_000);
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    rerender({ deadline: T0 + 30 * MINUTE });
    expect(dialog()).toHaveAttribute('data-state', 'closed');
    expect(dialog().open).toBe(false);
    expect(elsewhere).toHaveFocus();
  });

  it('after the timeout: says why and offers Sign in again; an active session closes it', () => {
    const { dialog, live, onSignIn, rerender } = setup({ deadline: T0 + MINUTE });
    advance(MINUTE);
    rerender({ status: 'expired' });
    expect(dialog()).toHaveAttribute('data-state', 'timed-out');
    rerender({ status: 'signed-out', reason: 'idle-timeout', deadline: null });
    expect(dialog()).toHaveAttribute('data-state', 'timed-out');
    expect(dialog()).toHaveAccessibleName('You’ve been signed out');
    expect(dialog()).toHaveTextContent('You were signed out after 30 minutes of inactivity.');
    expect(live()).toHaveTextContent('You were signed out after 30 minutes of inactivity.');
    expect(screen.getByRole('button', { name: 'Sign in again' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    rerender({ status: 'active', deadline: T0 + 60 * MINUTE });
    expect(dialog()).toHaveAttribute('data-state', 'closed');
  });

  it('a page that was never warned does not explain a sign-out it did not see', () => {
    const { dialog } = setup({ status: 'signed-out', reason: 'idle-timeout', deadline: null });
    expect(dialog()).toHaveAttribute('data-state', 'closed');
    expect(dialog().open).toBe(false);
  });

  it('banner variant: a region with the same content, no dialog, focus stays where it was', () => {
    const { dialog } = setup({ variant: 'banner', deadline: T0 + MINUTE });
    expect(dialog().tagName).toBe('SECTION');
    expect(screen.getByRole('region', { name: 'You’re about to be signed out' })).toBe(dialog());
    expect(screen.getByRole('button', { name: 'Stay signed in' })).not.toHaveFocus();
  });

  it('speaks the catalog: French', () => {
    setup({ deadline: T0 + MINUTE, messages: { ...fr, ...frAccount }, locale: 'fr-FR' });
    expect(screen.getByRole('button', { name: 'Rester connecté' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    expect(screen.getByTestId('d')).toHaveAccessibleName('Vous allez être déconnecté');
  });
});

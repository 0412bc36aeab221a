'use client';
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import type { SessionSignOn } from '../core/schema.js';
import { MaskedIp } from './MaskedIp.js';
import { RelativeTime } from './RelativeTime.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';

/** Props of {@link SignOnSummary}. */
export interface SignOnSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SessionI18nProps {
  /** `session.lastSignOn`; `null` for an anonymous session (no user yet). */
  signOn: SessionSignOn | null | undefined;
  /** Mask the sign-on IP behind a reveal button. Default true. */
  maskIp?: boolean;
}

/**
 * When and how the user signed in: time, factors in order (`pwd` reads "Password"; names we
 * do not know are shown as PingOne sent them), the IP address and the sign-on policy.
 */
export const SignOnSummary = forwardRef<HTMLDivElement, SignOnSummaryProps>(function SignOnSummary(
  { signOn, maskIp = true, locale, messages, className, ...rest },
  ref,
) {
  const i18n = useSessionI18n({ locale, messages });
  const m = i18n.messages;
  const ipLabelId = useId();
  if (!signOn) {
    return (
      <div ref={ref} className={cx('psr-sign-on', className)} data-state="anonymous" {...rest}>
        <span className="psr-label">{m.signOnLabel}</span>
        <p className="psr-detail">{m.anonymous}</p>
      </div>
    );
  }
  const factors = signOn.authenticators.length > 0 ? signOn.authenticators : Object.keys(signOn.withAuthenticator ?? {});
  const policy = signOn.policy?.type ?? signOn.policy?.id;
  return (
    <div ref={ref} className={cx('psr-sign-on', className)} data-state="signed-in" {...rest}>
      <span className="psr-label">{m.signOnLabel}</span>
      {signOn.at ? (
        <RelativeTime ms={Date.parse(signOn.at)} i18n={i18n} className="psr-when psr-value" />
      ) : (
        <span className="psr-value">{m.unknownTime}</span>
      )}
      <dl className="psr-facts">
        {factors.length > 0 && (
          <div>
            <dt>{m.signedInWith}</dt>
            <dd>
              <ul className="psr-factors">
                {factors.map((name, index) => (
                  <li key={`${index}|${name}`} className="psr-badge" data-authenticator={name}>
                    <bdi>{m.authenticator(name)}</bdi>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {signOn.remoteIp && (
          <div>
            <dt id={ipLabelId}>{m.signOnIp}</dt>
            <dd>
              {/* Resolved messages, so this component's `messages` prop reaches the button too. */}
              <MaskedIp ip={signOn.remoteIp} mask={maskIp} messages={m} describedBy={ipLabelId} />
            </dd>
          </div>
        )}
        {policy && (
          <div>
            <dt>{m.policy}</dt>
            <dd>
              <bdi>{policy}</bdi>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
});

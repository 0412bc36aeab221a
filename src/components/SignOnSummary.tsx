'use client';
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import type { SessionSignOn } from '../session/schema.js';
import { MaskedIp } from './MaskedIp.js';
import { RelativeTime } from './RelativeTime.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import { splitAuthenticatorCodes } from '../session/authenticators.js';
import { authenticatorName, POLICY_TYPES, type PolicyType } from './messages.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';

/** Props of {@link SignOnSummary}. */
export interface SignOnSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SessionI18nProps {
  /** `session.lastSignOn`; `null` for an anonymous session (no user yet). */
  signOn: SessionSignOn | null | undefined;
  /** Mask the sign-on IP behind a reveal button. Default true. */
  maskIp?: boolean;
  /** Level of the "How you signed in" heading. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * How the user signed in, for a details view: when, the methods in order (`pwd` reads
 * "password", space-separated values split, a code no source documents shown as given in
 * `<code>`), the IP address, and the sign-on policy (a readable phrase for a known type,
 * else PingOne's value as code).
 */
export const SignOnSummary = forwardRef<HTMLDivElement, SignOnSummaryProps>(function SignOnSummary(
  { signOn, maskIp = true, headingLevel = 3, locale, messages, className, ...rest },
  ref,
) {
  const i18n = useSessionI18n({ locale, messages });
  const { messages: m, langOf } = i18n;
  const ipLabelId = useId();
  const Heading = `h${headingLevel}` as const;
  const heading = (
    <Heading className="psr-heading" lang={langOf('signOnHeading')}>
      {m.signOnHeading}
    </Heading>
  );
  if (!signOn) {
    return (
      <div ref={ref} className={cx('psr-sign-on', className)} data-state="anonymous" {...rest}>
        {heading}
        <p className="psr-detail" lang={langOf('anonymous')}>
          {m.anonymous}
        </p>
      </div>
    );
  }
  const factors = splitAuthenticatorCodes(
    signOn.authenticators.length > 0 ? signOn.authenticators : Object.keys(signOn.withAuthenticator ?? {}),
  );
  const type = signOn.policy?.type?.trim();
  const policyName = type && (POLICY_TYPES as readonly string[]).includes(type) ? m.policyTypes[type as PolicyType] : undefined;
  const policyRaw = type || signOn.policy?.id;
  return (
    <div ref={ref} className={cx('psr-sign-on', className)} data-state="signed-in" {...rest}>
      {heading}
      <dl className="psr-facts">
        <div>
          <dt lang={langOf('signedIn')}>{m.signedIn(undefined, undefined)}</dt>
          <dd>
            {signOn.at ? (
              <RelativeTime ms={Date.parse(signOn.at)} i18n={i18n} />
            ) : (
              <span lang={langOf('unknownTime')}>{m.unknownTime}</span>
            )}
          </dd>
        </div>
        {factors.length > 0 && (
          <div>
            <dt lang={langOf('methodsLabel')}>{m.methodsLabel}</dt>
            <dd>
              <ul className="psr-factors">
                {factors.map((code, index) => {
                  const name = authenticatorName(m, code);
                  return (
                    <li
                      key={`${index}|${code}`}
                      className="psr-factor"
                      data-authenticator={code}
                      data-named={name === undefined ? undefined : ''}
                    >
                      {name === undefined ? <code>{code}</code> : <span lang={langOf('authenticators')}>{name}</span>}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
        {signOn.remoteIp && (
          <div>
            <dt id={ipLabelId} lang={langOf('signOnIp')}>
              {m.signOnIp}
            </dt>
            <dd>
              {/* Resolved messages, so this component's `messages` prop reaches the button too. */}
              <MaskedIp ip={signOn.remoteIp} mask={maskIp} messages={m} describedBy={ipLabelId} />
            </dd>
          </div>
        )}
        {policyRaw && (
          <div>
            <dt lang={langOf('policy')}>{m.policy}</dt>
            <dd>{policyName ? <span lang={langOf('policyTypes')}>{policyName}</span> : <code>{policyRaw}</code>}</dd>
          </div>
        )}
      </dl>
    </div>
  );
});
SignOnSummary.displayName = 'SignOnSummary';

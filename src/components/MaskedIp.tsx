'use client';
import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react';
import { maskIp } from '../format/maskIp.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';

/** Props of {@link MaskedIp}. */
export interface MaskedIpProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'>, SessionI18nProps {
  /** The address to show. */
  ip: string;
  /** Hide the host part until the person asks (`174.1.62.•••`). Default true. */
  mask?: boolean;
  /**
   * Ids of elements that tell this address apart from others on the page (its row's place and
   * time): the reveal button's accessible description is the address, then these.
   */
  describedBy?: string;
}

/**
 * An IP address, masked by default with a button to reveal it. The address is isolated as
 * left-to-right text so it reads correctly inside right-to-left layouts.
 */
export const MaskedIp = forwardRef<HTMLSpanElement, MaskedIpProps>(function MaskedIp(
  { ip, mask = true, describedBy, locale, messages, className, ...rest },
  ref,
) {
  const { messages: m } = useSessionI18n({ locale, messages });
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const hidden = mask && !revealed;
  return (
    <span ref={ref} className={cx('psr-ip', className)} data-masked={hidden ? '' : undefined} {...rest}>
      <bdi dir="ltr" className="psr-ip__value" id={id}>
        {hidden ? maskIp(ip) : ip}
      </bdi>
      {hidden && <span className="psr-sr-only"> {m.ipHidden}</span>}
      {mask && (
        // One button that keeps focus while its label flips between "Show" and "Hide". A
        // disclosure of the full address (aria-expanded, as "Show all" in LocationHistory), not
        // a toggle: aria-pressed would contradict the flipping label ("Hide full IP, pressed").
        // Every row's button has the same name, so its description says which address it is.
        <button
          type="button"
          className="psr-link-button"
          aria-expanded={revealed}
          aria-controls={id}
          aria-describedby={cx(id, describedBy)}
          onClick={() => setRevealed((r) => !r)}
        >
          {revealed ? m.hideIp : m.showIp}
        </button>
      )}
    </span>
  );
});
MaskedIp.displayName = 'MaskedIp';

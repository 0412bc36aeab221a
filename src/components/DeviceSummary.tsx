'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { Session } from '../session/schema.js';
import { deviceCategory, nameWithVersion } from '../format/userAgentText.js';
import { DeviceIcon } from './DeviceIcon.js';
import { useSessionI18n } from './SessionI18nProvider.js';
import type { SessionI18nProps } from './types.js';
import { cx } from './cx.js';

/** Props of {@link DeviceSummary}. */
export interface DeviceSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SessionI18nProps {
  /** PingOne's `device` object (`{ type: 'Mac' }`); may be absent. */
  device?: Session['device'];
  /** PingOne's `operatingSystem` object; may be absent. */
  operatingSystem?: Session['operatingSystem'];
}

/**
 * The device type with an icon (desktop, laptop, phone, tablet, unknown) and the operating
 * system. PingOne's own label (`Mac`) is shown when it has one; `data-device` carries the family.
 */
export const DeviceSummary = forwardRef<HTMLDivElement, DeviceSummaryProps>(function DeviceSummary(
  { device, operatingSystem, locale, messages, className, ...rest },
  ref,
) {
  const { messages: m } = useSessionI18n({ locale, messages });
  const category = deviceCategory(device?.type);
  const label = device?.type?.trim() || m.deviceType(category);
  const os = nameWithVersion(operatingSystem?.name, operatingSystem?.version);
  return (
    <div ref={ref} className={cx('psr-summary', className)} data-device={category} {...rest}>
      <DeviceIcon category={category} />
      <div className="psr-summary__text">
        <span className="psr-label">{m.deviceLabel}</span>
        <span className="psr-value">
          <bdi>{label}</bdi>
        </span>
        <span className="psr-detail" data-missing={os === null ? '' : undefined}>
          <bdi>{os ?? m.unknownOs}</bdi>
        </span>
      </div>
    </div>
  );
});
DeviceSummary.displayName = 'DeviceSummary';

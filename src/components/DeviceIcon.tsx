import type { DeviceCategory } from '../format/userAgentText.js';
import { OutlineIcon } from './OutlineIcon.js';

// Simple 24px outline glyphs; decorative, since the label next to them says the same.
const PATHS: Record<DeviceCategory, string> = {
  desktop: 'M3 4h18v12H3zM8 20h8M12 16v4',
  laptop: 'M5 5h14v10H5zM2 19h20l-2-4H4z',
  phone: 'M7 2h10v20H7zM11 18h2',
  tablet: 'M4 3h16v18H4zM11 18h2',
  unknown: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17h.01',
};

/** The outline icon for a device family; hidden from assistive technology. */
export function DeviceIcon({ category }: { category: DeviceCategory }) {
  return <OutlineIcon className="psr-icon" path={PATHS[category]} size={24} strokeWidth={1.75} />;
}

/** Props of {@link OutlineIcon}. */
interface OutlineIconProps {
  /** The SVG path, drawn on a 24 × 24 grid. */
  path: string;
  className: string;
  /** Rendered width and height, px. */
  size: number;
  strokeWidth: number;
}

/** A decorative outline icon in the text colour (so forced colours keep it), hidden from assistive technology. */
export function OutlineIcon({ path, className, size, strokeWidth }: OutlineIconProps) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}

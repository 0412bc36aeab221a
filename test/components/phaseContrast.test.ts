// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// WCAG relative luminance and contrast, from the colours styles.css gives each phase.
const css = readFileSync(fileURLToPath(new URL('../../src/components/styles.css', import.meta.url)), 'utf8');
const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** The variables of the first rule block whose selector contains `selector`. */
function themeVars(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--psr-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const THEMES = {
  light: themeVars(':root,\n[data-theme="light"]'),
  dark: themeVars('[data-theme="dark"] {'),
  'dark (prefers-color-scheme)': themeVars(':root:not([data-theme="light"])'),
};
const PHASES = ['running', 'warning', 'critical', 'expired'] as const;

describe.each(Object.entries(THEMES))('phase colours, %s theme', (_theme, vars) => {
  it('adjacent phases differ in lightness by at least 3:1', () => {
    for (let i = 1; i < PHASES.length; i += 1) {
      const a = vars[`phase-${PHASES[i - 1]}-bg`]!;
      const b = vars[`phase-${PHASES[i]}-bg`]!;
      expect(contrast(a, b), `${PHASES[i - 1]} vs ${PHASES[i]}`).toBeGreaterThanOrEqual(3);
    }
  });
  it('each phase text is readable on its fill (4.5:1)', () => {
    for (const phase of PHASES)
      expect(contrast(vars[`phase-${phase}-bg`]!, vars[`phase-${phase}-fg`]!), phase).toBeGreaterThanOrEqual(4.5);
  });
});

it('forced colours keep each phase distinct with borders and system colours', () => {
  const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
  for (const phase of ['warning', 'critical', 'expired']) expect(forced).toMatch(new RegExp(`\\[data-phase=["']${phase}["']\\]`));
  expect(forced).toMatch(/dashed/);
  expect(forced).toMatch(/double/);
  expect(forced).toMatch(/Highlight/);
});

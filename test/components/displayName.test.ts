// @vitest-environment node
import * as api from '../../src/index';

// Every exported component names itself in React DevTools and error stacks, also after
// minification (forwardRef components otherwise show as "ForwardRef").
const COMPONENTS = [
  'SessionPanel',
  'SessionPanelView',
  'DeviceSummary',
  'BrowserSummary',
  'LocationHistory',
  'SignOnSummary',
  'IdleCountdown',
  'ExpiryCountdown',
  'MaskedIp',
  'SessionI18nProvider',
  'SessionList',
  'SessionTimeoutDialog',
] as const;

describe('displayName', () => {
  it.each(COMPONENTS)('%s has its own name as displayName', (name) => {
    expect((api[name] as { displayName?: string }).displayName).toBe(name);
  });

  it('the list covers every component the package exports', () => {
    const components = Object.entries(api)
      .filter(
        ([name, value]) =>
          /^[A-Z]/.test(name) &&
          (typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value)),
      )
      .filter(([, value]) => !(typeof value === 'function' && /^class /.test(Function.prototype.toString.call(value))))
      .map(([name]) => name)
      .filter((name) => !/Provider$/.test(name) || name === 'SessionI18nProvider');
    // SessionClockProvider and SessionConfigProvider belong to src/react (not this folder's).
    expect(components.filter((name) => !(COMPONENTS as readonly string[]).includes(name))).toEqual([]);
  });
});

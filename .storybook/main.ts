import type { StorybookConfig } from '@storybook/react-vite';

// Offline and quiet: telemetry is off here and in the npm scripts (flag + env var), since each
// telemetry attempt waits on a network that does not exist on CI.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The root vite.config.ts is the library build. Storybook merges it in, so drop library mode
  // and the library's externals (react, zod... must be bundled into the preview), keeping
  // Storybook's own settings (emptyOutDir: false, its font external).
  viteFinal(viteConfig) {
    const { lib: _lib, rolldownOptions, ...build } = viteConfig.build ?? {};
    const external = rolldownOptions?.external;
    const storybookOwn = Array.isArray(external)
      ? external.filter((entry) => entry instanceof RegExp && entry.source.includes('sb-common-assets'))
      : [];
    return { ...viteConfig, build: { ...build, rolldownOptions: { ...rolldownOptions, external: storybookOwn } } };
  },
};

export default config;

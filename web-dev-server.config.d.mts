import type { DevServerConfig } from '@web/dev-server';

/** `npm start`'s dev server configuration. */
declare const config: DevServerConfig;
export default config;

import { registerExtension, type ExtensionRenderer } from '../host/extensionRegistry';
import { callServerless } from '../host/serverless';

export const hubspot = {
  extend: (renderer: ExtensionRenderer) => registerExtension(renderer),
  serverless: callServerless,
  fetch: (url: string, options?: RequestInit) => fetch(url, options),
};

/* eslint-disable no-console -- the SDK's logger writes to the browser console */
export const logger = {
  debug: (data: string) => console.debug(data),
  info: (data: string) => console.info(data),
  warn: (data: string) => console.warn(data),
  error: (data: string) => console.error(data),
};
/* eslint-enable no-console */

import type { ReactElement } from 'react';

/** The callback an extension module passes to `hubspot.extend`. */
export type ExtensionRenderer = (api: {
  context: unknown;
  actions: unknown;
  runServerlessFunction: unknown;
}) => ReactElement;

const renderers = new Map<string, ExtensionRenderer>();
let loading: string | null = null;

/** `hubspot.extend`: remembers the renderer of the module being loaded. */
export function registerExtension(renderer: ExtensionRenderer): void {
  renderers.set(loading ?? 'unknown', renderer);
}

/**
 * Loads an extension module and returns what it passed to `hubspot.extend`.
 * Modules register while they evaluate, so loads run one at a time.
 */
let queue: Promise<unknown> = Promise.resolve();
export function loadExtension(
  uid: string,
  load: () => Promise<unknown>,
): Promise<ExtensionRenderer | undefined> {
  const next = queue.then(async () => {
    if (!renderers.has(uid)) {
      loading = uid;
      try {
        await load();
      } finally {
        loading = null;
      }
    }
    return renderers.get(uid);
  });
  queue = next.catch(() => undefined);
  return next;
}

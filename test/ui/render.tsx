import type { ReactNode } from 'react';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { RenderedNode } from '@hubspot/ui-extensions/testing';
import { FunctionCallerProvider, type ServerlessCaller } from '@care-model/ui';

type Location = Parameters<typeof createRenderer>[0];

/** HubSpot's renderer with the function caller injected and the user's locale set. */
export function renderWith<L extends Location>(
  location: L,
  caller: ServerlessCaller,
  node: ReactNode,
  locale = 'en-US',
) {
  const renderer = createRenderer(location);
  renderer.mocks.context.user.locale = locale;
  renderer.render(<FunctionCallerProvider caller={caller}>{node}</FunctionCallerProvider>);
  const text = () => visibleText(renderer.getRootNode());
  return { ...renderer, text };
}

/** Fires an event prop with its argument (the helper's own typing expects the handler type). */
export function fire(node: { trigger: unknown }, prop: string, arg?: unknown): void {
  const { trigger } = node;
  if (typeof trigger !== 'function') throw new Error('Not a rendered element.');
  trigger(prop, arg);
}

const textProps = ['title', 'label', 'description', 'validationMessage'];

/** The words a person sees: text nodes plus titles and labels, in document order, spaces collapsed. */
export function visibleText(node: RenderedNode): string {
  const out: string[] = [];
  const walk = (n: RenderedNode) => {
    if (n.nodeType === 'text') {
      out.push(n.text);
      return;
    }
    if (n.nodeType === 'element') {
      const props: Record<string, unknown> = n.props;
      for (const key of textProps) {
        const value = props[key];
        if (typeof value === 'string') out.push(value);
      }
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** Polls a check that no re-render announces (e.g. an alert raised after the last state change). */
export async function eventually(check: () => void, timeoutMs = 1000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

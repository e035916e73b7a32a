/**
 * A linkedom document for component tests (happy-dom is not installed): globals set for Preact,
 * and helpers to render, wait for effects and find by data-testid.
 */
import { parseHTML } from 'linkedom';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export interface Dom {
  window: Window & typeof globalThis;
  document: Document;
  root: HTMLElement;
}

/** A fresh document with an #app element; Preact and the components find it through the globals. */
export function setupDom(): Dom {
  const { window, document } = parseHTML('<!doctype html><html lang="en"><head><title>t</title></head><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Event: window.Event, MouseEvent: window.Event });
  return { window: window as unknown as Dom['window'], document: document as unknown as Document, root: document.getElementById('app') as unknown as HTMLElement };
}

/** Lets pending promises and timers of effects settle. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** Renders into the root and lets the first effects run. */
export async function mount(vnode: VNode, dom: Dom): Promise<void> {
  await act(() => {
    render(vnode, dom.root);
  });
  await settle();
}

/** Unmounts whatever is rendered, so effects clean up between tests. */
export function unmount(dom: Dom): void {
  render(null, dom.root);
}

export const byTestId = (root: ParentNode, id: string): HTMLElement | null => root.querySelector(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string): HTMLElement[] => Array.from(root.querySelectorAll(`[data-testid="${id}"]`));

/** Dispatches a bubbling event of `type` on `el` inside act(). */
export async function fire(el: Element, type: string, init: Record<string, unknown> = {}): Promise<Event> {
  const ev = new (globalThis as unknown as { Event: typeof Event }).Event(type, { bubbles: true, cancelable: true });
  Object.assign(ev, init);
  await act(() => {
    el.dispatchEvent(ev);
  });
  return ev;
}

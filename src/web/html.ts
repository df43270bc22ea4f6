import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Renders a whole page; Preact escapes every text and attribute value. */
export function renderPage<P>(page: VNode<P>): string {
  return `<!doctype html>${render(page as VNode)}`;
}

export function renderFragment<P>(fragment: VNode<P>): string {
  return render(fragment as VNode);
}

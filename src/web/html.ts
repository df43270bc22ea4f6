import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Renders a whole page; Preact escapes every text and attribute value. */
export function renderPage<P>(page: VNode<P>): string {
  return '<!doctype html>' + render(page as VNode);
}

export function renderFragment<P>(fragment: VNode<P>): string {
  return render(fragment as VNode);
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

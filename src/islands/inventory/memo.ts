/**
 * A tiny memo for Preact components (what preact/compat's memo does, without loading compat):
 * the component re-renders only when a prop changed by identity.
 */
import { Component, h, type ComponentChildren, type FunctionComponent } from 'preact';

/** Wraps `fn` so that it renders again only when one of its props is a different value. */
export function memo<P extends object>(fn: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const n = next as Record<string, unknown>;
      for (const k in n) if (k !== 'children' && prev[k] !== n[k]) return true;
      for (const k in prev) if (!(k in n)) return true;
      return false;
    }
    override render(props: P): ComponentChildren {
      return h(fn as FunctionComponent<P>, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}

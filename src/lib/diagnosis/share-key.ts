/**
 * The share link's key in the URL fragment (`#d=…`, src/lib/diagnosis/share.ts), apart from the
 * reader so that /diagnosis/ can tell whether a link is there without loading the reader: the
 * reader and the shared-result view load only when a link is opened or made.
 */
export const SHARE_KEY = 'd';

/** The fragment's `d=…` part (with or without '#', among `&`-separated parts), or undefined. */
export function shareParam(fragment: string): string | undefined {
  return fragment.replace(/^#/, '').split('&').find((p) => p.startsWith(`${SHARE_KEY}=`));
}

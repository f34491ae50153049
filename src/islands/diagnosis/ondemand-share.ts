/**
 * The share link's reader and writer and the shared-result view, loaded by /diagnosis/ only when
 * a link is opened (`#d=…` in the address) or made (「共有リンクを作る」): most visits never share,
 * so the page does not carry them (about 2 KB gzip; docs/quality.md).
 */
export { decodeShare, encodeShare } from '../../lib/diagnosis/share';
export { default as SharedResult } from './SharedResult';

import { joinBase } from '../lib/paths';

/** A site path with the configured base (SITE_BASE) in front: use for every internal link. */
export const url = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

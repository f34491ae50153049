/**
 * Build time only: the 「最終更新」 date of a page. For each of the page's source files
 * (src/lib/page-sources.ts) `git log -1 --format=%cs -- <file>` gives the date of the last commit
 * that changed it; the page's date is the newest. A date the build cannot know is never shown:
 * - git history (a full clone whose top level is this folder): the commit dates ("git"); a file git
 *   does not know yet (not committed, in a working tree) is dated by its modification time ("mtime");
 * - no history (an export such as `git archive` output, a copy without .git, a shallow clone, or a
 *   folder inside some other repository): the dates pinned in `last-updated.json`
 *   (`npm run pin-dates` writes it from a clone with history; SITE_UPDATED_DATES names another file)
 *   ("pinned"), else no date at all ("none"): file times there are the day of the copy, not of the content.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestDate, pageSources } from '../lib/page-sources';
import { localDateIso } from '../lib/dates';

export interface LastUpdated {
  /** YYYY-MM-DD, or null when the build cannot know it (nothing is shown) */
  date: string | null;
  /** Where the date comes from */
  source: 'git' | 'mtime' | 'pinned' | 'none';
  /** The files it was taken from */
  files: string[];
}

/** The pinned dates: repository path of a file → YYYY-MM-DD (written by scripts/pin-dates.mjs). */
export interface PinnedDates {
  /** The commit the dates were read at (for people; not used) */
  commit?: string;
  files: Record<string, string>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const run = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

const historyCache = new Map<string, boolean>();
/** Whether `root` is the top of a git work tree with its full history (not shallow). */
export function hasHistory(root = process.cwd()): boolean {
  if (historyCache.has(root)) return historyCache.get(root)!;
  let ok = false;
  try {
    ok = realpathSync(run(root, ['rev-parse', '--show-toplevel'])) === realpathSync(root) && run(root, ['rev-parse', '--is-shallow-repository']) === 'false' && ISO.test(run(root, ['log', '-1', '--format=%cs']));
  } catch {
    ok = false;
  }
  historyCache.set(root, ok);
  return ok;
}

const cache = new Map<string, string | null>();
/** Last commit date of a file or folder, or null when git cannot say. */
function gitDate(root: string, file: string): string | null {
  const key = `${root}\0${file}`;
  if (cache.has(key)) return cache.get(key)!;
  let date: string | null = null;
  try {
    const out = run(root, ['log', '-1', '--format=%cs', '--', file]);
    date = ISO.test(out) ? out : null;
  } catch {
    date = null;
  }
  cache.set(key, date);
  return date;
}

/** Newest modification time of a file, or of any file inside a folder. */
function mtimeOf(path: string): Date {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtime;
  return readdirSync(path).reduce((newest, name) => {
    const t = mtimeOf(join(path, name));
    return t > newest ? t : newest;
  }, new Date(0));
}

/** The pinned dates file (SITE_UPDATED_DATES, else last-updated.json in `root`), or null when absent or unreadable. */
export function readPinned(root = process.cwd(), env: Record<string, string | undefined> = process.env): PinnedDates | null {
  const file = env['SITE_UPDATED_DATES'] || join(root, 'last-updated.json');
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as PinnedDates;
    if (!data || typeof data.files !== 'object' || data.files === null) return null;
    return data;
  } catch {
    return null;
  }
}

/** A file's pinned date; for a folder ("content/cases/"), the newest pinned date inside it. */
export function pinnedDate(pinned: PinnedDates, file: string): string | null {
  if (!file.endsWith('/')) return ISO.test(pinned.files[file] ?? '') ? pinned.files[file]! : null;
  const inside = Object.entries(pinned.files).filter(([f, d]) => f.startsWith(file) && ISO.test(d)).map(([, d]) => d);
  return newestDate(inside) ?? null;
}

/** The page's 最終更新 date and its origin; `root` is the project folder (default: the working directory). */
export function lastUpdated(sitePath: string, root = process.cwd(), env: Record<string, string | undefined> = process.env): LastUpdated {
  const { templates, content } = pageSources(sitePath);
  const template = templates.find((t) => existsSync(join(root, t)));
  const files = [...(template ? [template] : []), ...content.filter((f) => existsSync(join(root, f)))];
  // A page the map does not know: date it by everything it could be made of (never older than the truth).
  if (!template) files.push('src/pages/', 'content/');
  if (hasHistory(root)) {
    const fromGit = files.map((f) => gitDate(root, f));
    if (fromGit.every((d) => d !== null)) return { date: newestDate(fromGit as string[])!, source: 'git', files };
    // a working tree with files not committed yet: their modification time is the change's own day
    const mtimes = files.map((f) => localDateIso(mtimeOf(join(root, f))));
    return { date: newestDate(mtimes)!, source: 'mtime', files };
  }
  const pinned = readPinned(root, env);
  if (pinned) {
    const dates = files.map((f) => pinnedDate(pinned, f));
    if (dates.every((d) => d !== null)) return { date: newestDate(dates as string[])!, source: 'pinned', files };
  }
  return { date: null, source: 'none', files };
}

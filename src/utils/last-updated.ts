/**
 * Build time only: the 「最終更新」 date of a page, from git. For each of the page's source
 * files (src/lib/page-sources.ts) `git log -1 --format=%cs -- <file>` gives the date of the last
 * commit that changed it; the page's date is the newest. Without git (a copy without .git, or no
 * git command) or for a file git does not know, the file's modification time is used instead,
 * and the page's data-updated-source says so ("git" or "mtime").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestDate, pageSources } from '../lib/page-sources';
import { localDateIso } from '../lib/dates';

export interface LastUpdated {
  /** YYYY-MM-DD */
  date: string;
  /** Where the date comes from */
  source: 'git' | 'mtime';
  /** The files it was taken from */
  files: string[];
}

const cache = new Map<string, string | null>();

/** Last commit date of a file or folder, or null when git cannot say. */
function gitDate(file: string): string | null {
  if (cache.has(file)) return cache.get(file)!;
  let date: string | null = null;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : null;
  } catch {
    date = null;
  }
  cache.set(file, date);
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

/** The page's 最終更新 date and its origin. */
export function lastUpdated(sitePath: string): LastUpdated {
  const { templates, content } = pageSources(sitePath);
  const template = templates.find((t) => existsSync(t));
  const files = [...(template ? [template] : []), ...content.filter((f) => existsSync(f))];
  // A page the map does not know: date it by everything it could be made of (never older than the truth).
  if (!template) files.push('src/pages/', 'content/');
  const fromGit = files.map(gitDate);
  if (fromGit.every((d) => d !== null)) return { date: newestDate(fromGit as string[])!, source: 'git', files };
  const mtimes = files.map((f) => localDateIso(mtimeOf(f)));
  return { date: newestDate(mtimes)!, source: 'mtime', files };
}

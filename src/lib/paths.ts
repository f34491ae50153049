/** Joins the site's base path and a site path ("/steps/3/" → "/telework/steps/3/"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  const p = path.startsWith('/') ? path.slice(1) : path;
  return b + p;
}

/** Strips the base path from a pathname, giving the site path ("/telework/steps/" → "/steps/"). */
export function stripBase(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  return pathname.startsWith(b) ? '/' + pathname.slice(b.length) : pathname;
}

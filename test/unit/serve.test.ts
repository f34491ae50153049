/**
 * `npm run serve` (scripts/serve.mjs over scripts/static-server.mjs): a busy port gives one
 * clear Japanese line naming the port and PORT, and no path redirects off the site's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
mkdirSync(join(root, 'steps'), { recursive: true });
writeFileSync(join(root, 'steps', 'index.html'), '<p>steps</p>');
writeFileSync(join(root, '404.html'), '<p>404</p>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('使用中のポート', () => {
  let busy: Server;
  let port = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((ok) => busy.close(() => ok())));

  it('1行の日本語で、どのポートか・PORT での選び方を示し、スタックトレースを出さずに終わる', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), SITE_OUT_DIR: root }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`ポート ${port} は別のプログラムが使っています`);
    expect(lines[0]).toContain(`PORT=${port + 1} npm run serve`);
    expect(err).not.toMatch(/\n\s+at |EADDRINUSE/);
  }, 20_000);
});

describe('リダイレクトはサイトの外に出ない', () => {
  it('/%2F%2Fexample.com%2F..%2Fsteps は同じサイトの中へ（// で始まる Location にしない）', async () => {
    const server = await startStaticServer({ root, port: 0 });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      for (const path of ['/%2F%2Fexample.com%2F..%2Fsteps', '/%5C%5Cexample.com%2F..%2Fsteps', '/steps']) {
        const r = await fetch(origin + path, { redirect: 'manual' });
        if (r.status === 301) {
          const location = r.headers.get('location')!;
          expect(location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\')).toBe(true);
          expect(new URL(location, origin).origin).toBe(origin);
        } else expect(r.status).toBe(404);
      }
      const plain = await fetch(origin + '/steps', { redirect: 'manual' });
      expect(plain.headers.get('location')).toBe('/steps/');
    } finally {
      await server.close();
    }
  });
});

describe('npm run serve（scripts/serve.mjs そのもの）はサイトの外へリダイレクトしない（issue 24 の12）', () => {
  /** A port free right now. */
  const freePort = () =>
    new Promise<number>((ok) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => ok(p));
      });
    });
  /** Starts scripts/serve.mjs over the test's folder and waits for the address it prints. */
  async function serve(base: string) {
    const port = await freePort();
    const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), SITE_OUT_DIR: root, SITE_BASE: base }, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((ok, fail) => {
      let out = '';
      child.stdout.on('data', (d) => ((out += d), out.includes('http://') && ok()));
      child.on('close', (code) => fail(new Error(`serve.mjs ended (${code})`)));
    });
    return { origin: `http://127.0.0.1:${port}`, stop: () => void child.kill() };
  }
  const crafted = [
    '/%2F%2Fexample.com%2F..%2Fsteps',
    '/%2F%2Fexample.com',
    '//example.com/..%2Fsteps',
    '/%5C%5Cexample.com%2F..%2Fsteps',
    '/%5Cexample.com',
    '/%2F%5Cexample.com%2Fsteps',
    '/steps%2F..%2F%2Fexample.com',
    '/%09/example.com',
    '/%2F%2F%2Fexample.com%2Fsteps',
    '/http:%2F%2Fexample.com',
  ];
  it.each(['/', '/sub/path/'])('SITE_BASE=%s：作った道筋のどれも、Location は同じサイトの中か、なし', async (base) => {
    const { origin, stop } = await serve(base);
    try {
      const prefix = base.slice(0, -1);
      for (const path of crafted.flatMap((p) => [p, prefix + p])) {
        const r = await fetch(origin + path, { redirect: 'manual' });
        const location = r.headers.get('location');
        if (location === null) continue;
        expect(location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\'), `${path} → ${location}`).toBe(true);
        expect(new URL(location, origin).origin, `${path} → ${location}`).toBe(origin);
      }
      // The ordinary redirect still works: a folder without its slash.
      expect((await fetch(`${origin}${prefix}/steps`, { redirect: 'manual' })).headers.get('location')).toBe(`${prefix}/steps/`);
    } finally {
      stop();
    }
  }, 20_000);
});

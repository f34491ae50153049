/**
 * `npm run serve`: serves dist/ on 127.0.0.1 (PORT, default 4321) under SITE_BASE and prints the
 * address. A port already in use (or not allowed) gives one line saying which and how to choose
 * another, not a stack trace.
 */
import { startStaticServer } from './static-server.mjs';

const base = process.env.SITE_BASE ?? '/';
const port = Number(process.env.PORT ?? 4321);
try {
  const { url } = await startStaticServer({ root: process.env.SITE_OUT_DIR ?? 'dist', base, port });
  console.log(`\n  自治体テレワーク推進ナビ: ${url}\n  (Ctrl+C で停止)\n`);
} catch (e) {
  const code = e && typeof e === 'object' && 'code' in e ? e.code : '';
  const other = port === 4321 ? 4322 : port + 1;
  if (code === 'EADDRINUSE') console.error(`ポート ${port} は別のプログラムが使っています。別のポートで開くには、例えば PORT=${other} npm run serve のように PORT を指定してください。`);
  else if (code === 'EACCES') console.error(`ポート ${port} は使う権限がありません。例えば PORT=${other} npm run serve のように 1024 以上の PORT を指定してください。`);
  else console.error(`サーバーを起動できませんでした（${e instanceof Error ? e.message : String(e)}）。`);
  process.exit(1);
}

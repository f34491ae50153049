/** `npm run serve`: serves dist/ on 127.0.0.1 (PORT, default 4321) under SITE_BASE and prints the address. */
import { startStaticServer } from './static-server.mjs';

const base = process.env.SITE_BASE ?? '/';
const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer({ root: process.env.SITE_OUT_DIR ?? 'dist', base, port });
console.log(`\n  自治体テレワーク推進ナビ: ${url}\n  (Ctrl+C で停止)\n`);

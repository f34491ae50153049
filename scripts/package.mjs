/**
 * `npm run package`: builds the site for SITE_BASE (default "/") and writes one zip for an
 * internal (LGWAN-side) web server: site/ (the static files), config-examples/ (nginx,
 * Apache, IIS) and README.txt (Japanese set-up notes, UTF-8 with BOM, CRLF for Notepad).
 * Options: --dist <dir> zips an existing build instead of building (its base must be SITE_BASE),
 *          --out <dir> (default dist-package/).
 * Prints the zip's path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createZip } from './lib/zip.mjs';
import { normalizeBase } from './lib/weight.mjs';
import { SECURITY_HEADERS, CACHE_HASHED, CACHE_OTHER, nginxConfig, apacheHtaccess, iisWebConfig } from './lib/headers.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const base = normalizeBase(process.env.SITE_BASE ?? '/');
const out = arg('--out') ?? 'dist-package';
let dist = arg('--dist');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const now = new Date();
const ymd = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
const slug = base === '/' ? '' : '-' + base.replace(/^\/|\/$/g, '').replace(/[^A-Za-z0-9._-]+/g, '_');
const zipName = `telework-navi-${ymd}${slug}.zip`;

mkdirSync(out, { recursive: true });
if (!dist) {
  dist = join(out, 'build');
  rmSync(dist, { recursive: true, force: true });
  console.log(`▶ ビルド（基準パス ${base} → ${dist}/）`);
  const r = spawnSync(npx, ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_BASE: base, SITE_OUT_DIR: dist } });
  if (r.status !== 0) {
    console.error('ビルドに失敗しました');
    process.exit(r.status ?? 1);
  }
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html がありません`);
  process.exit(1);
}
// The build's own links tell its base: refuse to package a build made for another base.
const home = readFileSync(join(dist, 'index.html'), 'utf8');
if (!home.includes(`href="${base}_astro/`)) {
  console.error(`${dist}/ は基準パス ${base} 用のビルドではないようです（SITE_BASE を合わせてください）`);
  process.exit(1);
}

/** Site files, skipping Astro's internal folders (.prerender) and other dot files. */
function siteFiles(dir) {
  const outFiles = [];
  for (const n of readdirSync(dir).sort()) {
    if (n.startsWith('.')) continue;
    const f = join(dir, n);
    if (statSync(f).isDirectory()) outFiles.push(...siteFiles(f));
    else outFiles.push(f);
  }
  return outFiles;
}

const crlf = (s) => s.replace(/\r?\n/g, '\r\n');
const folder = base === '/' ? '（公開フォルダの最上位）' : `${base.replace(/^\/|\/$/g, '')} フォルダ`;
const headerLines = [
  ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
  `  Cache-Control: ${CACHE_HASHED}（${base}_astro/ の下だけ）`,
  `  Cache-Control: ${CACHE_OTHER}（それ以外）`,
].join('\n');

const readme = `自治体テレワーク推進ナビ　配布用パッケージ（導入手順）
作成日：${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日
基準パス：${base}（このパッケージは、ブラウザで http(s)://サーバー名${base} として開く場所に置くためのものです）

■ このパッケージについて
総務省「地方公共団体におけるテレワーク推進のための手引き」をもとにした静的なウェブサイトです
（総務省の公式の刊行物ではありません）。HTML・CSS・JavaScript などのファイルだけでできています。
  ・サーバー側のプログラム（PHP、ASP.NET、CGI など）は不要です。
  ・データベースは不要です。
  ・インターネットへの接続は不要です。ページは設置したサーバー以外と一切通信しません
    （外部のフォント、アクセス解析、CDN を使っていません）。LGWAN 側の庁内ウェブサーバーに置けます。
  ・利用者が入力した内容（自己診断の回答、進捗など）は、各利用者のブラウザの中（localStorage）に
    だけ保存され、サーバーには送られません。

■ 中身
  site\\              サイトのファイル一式（index.html、_astro フォルダなど）
  config-examples\\   ウェブサーバーの設定例（nginx.conf、apache.htaccess、web.config）
  README.txt          この説明

■ 設置の手順
1. site フォルダの「中身」を、ウェブサーバーの公開フォルダの ${folder} にそのままコピーします。
   例：nginx・Apache … /var/www/html${base}
       IIS          … C:\\inetpub\\wwwroot${base.replace(/\//g, '\\')}
   ファイルの名前や中身を変えないでください（ページの安全設定 CSP が内容のハッシュを使っているため、
   HTML を書き換えたり、サーバーがスクリプトを差し込んだりすると動かなくなります）。
2. config-examples フォルダの設定例を参考に、応答ヘッダー、404 ページ、キャッシュを設定します。
   ・nginx  … nginx.conf の location ブロックを server { … } の中に追加
   ・Apache … apache.htaccess を、コピー先のフォルダに .htaccess という名前で置く
              （AllowOverride FileInfo Indexes と mod_headers が必要）
   ・IIS    … web.config を、コピー先のフォルダ（アプリケーションまたは仮想ディレクトリ）に置く
3. ブラウザで http(s)://サーバー名${base} を開き、次を確かめます。
   ・トップページが表示され、メニューから各ページへ移動できる
   ・末尾の「/」を付けないアドレス（例：…${base}about）が「/」付きに転送される
   ・存在しないアドレスで「ページが見つかりません」のページが出る
   ・検索・自己診断などの対話部分が動く（ブラウザの開発者ツールのコンソールにエラーが出ない）
4. 別のアドレス（例：/portal/telework/）に置く場合は、そのパスに合わせて作り直します。
   開発用のパソコン（Node.js が使える環境）で：SITE_BASE=/portal/telework/ npm run package

■ 推奨する応答ヘッダー
${headerLines}
  ※ Content-Security-Policy はページの中（meta 要素）にも書かれています。ヘッダーの CSP には
    script-src・style-src・default-src を追加しないでください（ページ内のスクリプトが止まります）。
  ※ Clear-Site-Data ヘッダーは絶対に送らないでください。利用者がブラウザに保存した自己診断の回答や
    進捗がすべて消えます。

■ ファイルを直接開く（file://）使い方はできません
site フォルダの index.html をエクスプローラーなどからダブルクリックして開いても、正しく動きません。
必ずウェブサーバーから http:// または https:// で配信してください。理由：
  ・ページ内のリンク、CSS、スクリプトは「${base}_astro/…」のように、サーバーの最上位から数えた
    絶対パスで書かれています。ファイルとして開くと、ドライブの最上位を指してしまい、
    見た目が崩れ、リンクも切れます。
  ・対話部分（自己診断・進捗管理・検索など）は JavaScript のモジュール（type="module"）で動きます。
    ブラウザは安全のため、file:// から読み込むモジュールや、検索用データの読み込み（fetch）を止めます。
  ・入力内容の保存（localStorage）は、サイトのアドレス（https://サーバー名 の単位＝オリジン）ごとに
    分かれます。file:// ではブラウザによって保存されなかったり、他のローカルファイルと共有されたり
    するため、保存した進捗が失われるおそれがあります。

■ 保存データの引き継ぎ
保存内容はアドレス（http/https、サーバー名、ポート）ごとに分かれます。サーバーを入れ替えても、
同じアドレスで配信すれば引き継がれます。アドレスが変わる場合は、事前に利用者へ、各ツールの
書き出し機能でファイルに保存し、新しいアドレスで読み込むよう案内してください。
シンクライアントなど、ログオフ時にブラウザのデータが消える環境でも同じです。
`;

const entries = [
  { name: 'README.txt', data: '\ufeff' + crlf(readme) },
  { name: 'config-examples/', data: '' },
  { name: 'config-examples/nginx.conf', data: nginxConfig(base) },
  { name: 'config-examples/apache.htaccess', data: apacheHtaccess(base) },
  { name: 'config-examples/web.config', data: crlf(iisWebConfig(base)) },
  { name: 'site/', data: '' },
];
const dirs = new Set();
for (const f of siteFiles(dist)) {
  const rel = relative(dist, f).split(sep).join('/');
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const d = 'site/' + parts.slice(0, i).join('/') + '/';
    if (!dirs.has(d)) { dirs.add(d); entries.push({ name: d, data: '' }); }
  }
  entries.push({ name: 'site/' + rel, data: readFileSync(f), date: statSync(f).mtime });
}
const zip = createZip(entries, { date: now });
const zipPath = join(out, zipName);
writeFileSync(zipPath, zip);
console.log(`→ ${zipPath}（${(zip.length / 1024).toFixed(0)} KB、${entries.filter((e) => e.name.startsWith('site/') && !e.name.endsWith('/')).length} ファイル、基準パス ${base}）`);

/**
 * `npm run package`: builds the site for SITE_BASE (default "/") and writes one zip for an
 * internal (LGWAN-side) web server: site/ (the static files), config-examples/ (nginx,
 * Apache, IIS) and README.txt (Japanese set-up notes, UTF-8 with BOM, CRLF for Notepad).
 * Options: --dist <dir> zips an existing build instead of building (its base must be SITE_BASE),
 *          --out <dir> (default dist-package/), --no-prompt (never ask).
 * Operator: SITE_OPERATOR / SITE_CONTACT / SITE_CONTACT_URL (src/lib/site-config.ts). When it
 * builds at a terminal and SITE_OPERATOR is not set, it asks for them (empty answers: an
 * unofficial edition). README.txt says which operator the packaged build shows.
 * Prints the zip's path.
 */
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
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

/** Asks for the operator settings at a terminal; answers go into the build's environment. */
async function askOperator(env) {
  if (env.SITE_OPERATOR !== undefined || process.argv.includes('--no-prompt') || !process.stdin.isTTY || !process.stdout.isTTY) return env;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log('運営者の設定（フッターと「このサイトについて」に表示します。空欄のまま Enter で「非公式版」）');
  const operator = (await rl.question('  運営者（SITE_OPERATOR、例：〇〇県 総務部 デジタル推進課）：')).trim();
  const answers = { SITE_OPERATOR: operator };
  if (operator) {
    answers.SITE_CONTACT = (await rl.question('  問い合わせ先（SITE_CONTACT、例：内線 1234）：')).trim();
    answers.SITE_CONTACT_URL = (await rl.question('  問い合わせ先のアドレス（SITE_CONTACT_URL、https:// または mailto:）：')).trim();
  }
  rl.close();
  return { ...env, ...answers };
}

mkdirSync(out, { recursive: true });
if (!dist) {
  const env = await askOperator({ ...process.env });
  dist = join(out, 'build');
  rmSync(dist, { recursive: true, force: true });
  console.log(`▶ ビルド（基準パス ${base} → ${dist}/）`);
  const r = spawnSync(npx, ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, SITE_BASE: base, SITE_OUT_DIR: dist } });
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

/** The operator the build shows (read back from its home page, so --dist builds are described truly). */
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const operatorName = /class="operator__name"[^>]*>([^<]*)</.exec(home)?.[1];
const operatorContact = /class="operator__contact"[^>]*>([^<]*)</.exec(home)?.[1];
const operatorUrl = /class="operator__contact-url" href="([^"]*)"/.exec(home)?.[1];
const operatorLines = operatorName
  ? [`  運営者：${decode(operatorName)}`, ...(operatorContact ? [`  問い合わせ先：${decode(operatorContact)}`] : []), ...(operatorUrl ? [`  問い合わせ先のアドレス：${decode(operatorUrl)}`] : [])].join('\n')
  : '  設定なし（サイトは「運営者が設定されていない非公式版」と表示し、人や部署の名前は出しません）';

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
  ・インターネットへの接続は不要です。ページが自動で読み込むのは設置したサーバーのファイルだけです
    （外部のフォント、アクセス解析、CDN を使っていません。総務省の原文などへのリンクは、押したときに
    だけ外部へつながります）。LGWAN 側の庁内ウェブサーバーに置けます。
  ・利用者が入力した内容（自己診断の回答、進捗など）は、各利用者のブラウザの中（localStorage）に
    だけ保存され、サーバーには送られません。

■ 運営者の表示（このパッケージのビルド）
${operatorLines}
運営者と問い合わせ先は、すべてのページのフッターと「このサイトについて」に表示されます。ビルド時の
次の設定で決まります（変えるには作り直します）。
  SITE_OPERATOR     運営者の名前（例：〇〇県 総務部 デジタル推進課）。設定しないと「非公式版」と表示
  SITE_CONTACT      問い合わせ先（内線番号・メールアドレスなど、表示する文字列）
  SITE_CONTACT_URL  問い合わせ先のアドレス（https://… または mailto:…）
  例：SITE_OPERATOR="〇〇町 総務課" SITE_CONTACT="内線 1234" SITE_CONTACT_URL="mailto:soumu@example.jp" npm run package
  （端末から npm run package を実行し SITE_OPERATOR を設定していない場合は、その場で尋ねます）
各ページの「最終更新」は、ビルドしたときの変更履歴（git）にある、そのページのファイルの最後の変更日です。

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

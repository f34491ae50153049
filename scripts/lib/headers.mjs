/**
 * Recommended response headers and server configuration for nginx, Apache (.htaccess) and IIS
 * (web.config), generated for a base path. One source for docs/deploy.md, the package's
 * config-examples/ and the test that serves the site with exactly these headers.
 *
 * The header CSP complements the <meta> CSP Astro writes into every page: the meta carries
 * script-src / style-src with the hashes of the page's own inline scripts; the header adds what
 * a meta cannot (frame-ancestors) and closes the rest. It must not set default-src, script-src
 * or style-src: a header policy without those hashes would block the islands' inline scripts
 * (when two policies apply, a resource must pass both).
 */
import { normalizeBase } from './weight.mjs';

/** Content-Security-Policy for the response header (no script-src/style-src: see above). */
export const HEADER_CSP = [
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

/** Security headers every response should carry (name → value). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Cache-Control for Astro's content-hashed files under _astro/ and for everything else. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
export const CACHE_OTHER = 'no-cache';

/** nginx: a location block for the site under `base` (files copied to <root><base>). */
export function nginxConfig(base = '/') {
  const b = normalizeBase(base);
  const h = Object.entries(SECURITY_HEADERS).map(([k, v]) => `    add_header ${k} "${v}" always;`).join('\n');
  return `# 自治体テレワーク推進ナビ（${b}）: server { … } の中に置く。サイトのファイルは <root>${b} に置く
location ${b} {
    # /steps/3 → /steps/3/ のリダイレクトを相対の Location で返す（プロキシの後ろでも正しい）
    absolute_redirect off;
    try_files $uri $uri/ =404;
    error_page 404 ${b}404.html;
    charset utf-8;
    charset_types text/css application/javascript application/json image/svg+xml;
    # HTML・検索インデックスなどは毎回更新を確認する（expires は add_header の継承を壊さない）
    expires -1;
${h}

    # _astro/ のファイル名には内容のハッシュが入るので、1年キャッシュしてよい
    location ${b}_astro/ {
        expires 1y;
    }
}
# gzip（http { … } か server { … } に）
# gzip on;
# gzip_types text/css application/javascript application/json image/svg+xml;
# 注意: Clear-Site-Data ヘッダーは絶対に送らないこと（利用者の保存した進捗が消える）
`;
}

/** Apache 2.4: an .htaccess for the site folder (needs AllowOverride FileInfo Indexes). */
export function apacheHtaccess(base = '/') {
  const b = normalizeBase(base);
  const h = Object.entries(SECURITY_HEADERS).map(([k, v]) => `    Header always set ${k} "${v}"`).join('\n');
  return `# 自治体テレワーク推進ナビ（${b}）: サイトのフォルダ（公開フォルダ${b}）に .htaccess として置く
# 必要: mod_headers、AllowOverride FileInfo Indexes（または同じ内容を httpd.conf の <Directory> に書く）
DirectoryIndex index.html
# /steps/3 → /steps/3/ へリダイレクト（Apache の既定）
DirectorySlash On
ErrorDocument 404 ${b}404.html
AddType text/javascript .js
AddType application/json .json
AddCharset utf-8 .html .css .js .json .svg .txt .xml

<IfModule mod_headers.c>
${h}
    # _astro/ のファイル名には内容のハッシュが入るので、1年キャッシュしてよい
    <If "%{REQUEST_URI} =~ m#/_astro/#">
        Header set Cache-Control "${CACHE_HASHED}"
    </If>
    <Else>
        Header set Cache-Control "${CACHE_OTHER}"
    </Else>
</IfModule>

<IfModule mod_deflate.c>
    AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/json image/svg+xml
</IfModule>
# 注意: Clear-Site-Data ヘッダーは絶対に送らないこと（利用者の保存した進捗が消える）
`;
}

const xmlAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** IIS 10: a web.config for the site folder (the application or virtual directory at `base`). */
export function iisWebConfig(base = '/') {
  const b = normalizeBase(base);
  const h = Object.entries(SECURITY_HEADERS).map(([k, v]) => `        <add name="${k}" value="${xmlAttr(v)}" />`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- 自治体テレワーク推進ナビ（${b}）: サイトのフォルダ（${b} に対応するフォルダ）に web.config として置く。
     httpErrors はサーバー側でロックされていることがある: %windir%\\system32\\inetsrv\\appcmd unlock config -section:system.webServer/httpErrors
     注意: Clear-Site-Data ヘッダーは絶対に送らないこと（利用者の保存した進捗が消える） -->
<configuration>
  <system.webServer>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <httpProtocol>
      <customHeaders>
${h}
      </customHeaders>
    </httpProtocol>
    <staticContent>
      <clientCache cacheControlMode="DisableCache" />
      <remove fileExtension=".json" />
      <mimeMap fileExtension=".json" mimeType="application/json; charset=utf-8" />
      <remove fileExtension=".js" />
      <mimeMap fileExtension=".js" mimeType="text/javascript; charset=utf-8" />
    </staticContent>
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" />
      <error statusCode="404" path="${b}404.html" responseMode="ExecuteURL" />
    </httpErrors>
  </system.webServer>
  <!-- _astro/ のファイル名には内容のハッシュが入るので、1年キャッシュしてよい -->
  <location path="_astro">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="immutable" />
      </staticContent>
    </system.webServer>
  </location>
</configuration>
`;
}

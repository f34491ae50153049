/**
 * Markup validity (JIS X 8341-3:2016 keeps 4.1.1 構文解析): the Nu HTML Checker (vnu-jar,
 * Java) must find no error in any built page.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vnuJar from 'vnu-jar';

const vnu: string = vnuJar;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });

interface VnuMessage { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }

describe('HTML の妥当性（Nu HTML Checker）', () => {
  it('すべてのページにエラーがない', () => {
    const files = htmlFiles('dist');
    expect(files.length).toBeGreaterThan(1);
    const r = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.error, 'java を起動できません').toBeUndefined();
    // vnu writes its JSON report to stderr.
    const raw = r.stderr;
    expect(raw, `vnu の出力がありません: ${r.stdout}`).toContain('"messages"');
    const report = JSON.parse(raw.slice(raw.indexOf('{'))) as { messages: VnuMessage[] };
    const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const text = errors.map((m) => `${m.url.replace(/^file:.*?dist/, 'dist')}:${m.lastLine ?? ''} ${m.message} ${m.extract ?? ''}`).join('\n');
    expect(errors, text).toEqual([]);
  });
});

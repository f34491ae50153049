/**
 * The 達成基準チェックリスト (src/data/a11y-checklist.ts) is complete and honest: every criterion
 * of JIS X 8341-3:2016 level AA (38) and the WCAG 2.1 / 2.2 A・AA additions is there once, every
 * test it points to exists (file and a part of the test's name), and the 対応度 is 「準拠」 only
 * when no row is 不適合.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { A11Y_CHECKLIST } from '../../src/data/a11y-checklist';
import { conformanceOf, failing } from '../../src/lib/a11y-conformance';
import { TOOL_STATES } from '../e2e/support/states';

const JIS_A = ['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2', '2.1.1', '2.1.2', '2.2.1', '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '3.1.1', '3.2.1', '3.2.2', '3.3.1', '3.3.2', '4.1.1', '4.1.2'];
const JIS_AA = ['1.2.4', '1.2.5', '1.4.3', '1.4.4', '1.4.5', '2.4.5', '2.4.6', '2.4.7', '3.1.2', '3.2.3', '3.2.4', '3.3.3', '3.3.4'];
const WCAG21 = ['1.3.4', '1.3.5', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '2.1.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '4.1.3'];
const WCAG22 = ['2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8'];
const rows = A11Y_CHECKLIST.rows;

describe('達成基準チェックリスト', () => {
  it('JIS X 8341-3:2016 の38基準（A 25・AA 13）と WCAG 2.1・2.2 の追加分が、それぞれ1行ずつある', () => {
    expect(JIS_A.length + JIS_AA.length).toBe(38);
    const jis = rows.filter((r) => r.origin === 'JIS X 8341-3:2016');
    expect(jis.filter((r) => r.level === 'A').map((r) => r.sc).sort()).toEqual([...JIS_A].sort());
    expect(jis.filter((r) => r.level === 'AA').map((r) => r.sc).sort()).toEqual([...JIS_AA].sort());
    expect(rows.filter((r) => r.origin === 'WCAG 2.1').map((r) => r.sc).sort()).toEqual([...WCAG21].sort());
    expect(rows.filter((r) => r.origin === 'WCAG 2.2').map((r) => r.sc).sort()).toEqual([...WCAG22].sort());
    expect(new Set(rows.map((r) => r.sc)).size).toBe(rows.length);
  });

  it('どの行の方法も、存在するテストファイルと、その中のテスト名を指している（手作業の確認は説明がある）', () => {
    const missing: string[] = [];
    for (const r of rows) {
      for (const m of r.methods) {
        if (!m.file) continue;
        if (!existsSync(m.file)) { missing.push(`${r.sc}: ${m.file} がない`); continue; }
        if (m.kind !== 'manual' && !readFileSync(m.file, 'utf8').includes(m.test)) missing.push(`${r.sc}: ${m.file} に「${m.test}」というテストがない`);
      }
      expect(r.methods.some((m) => m.kind !== 'manual' || m.what.length >= 10), `${r.sc}: 方法の説明が短すぎる`).toBe(true);
    }
    expect(missing).toEqual([]);
  });

  it('公開ページに載せる道具の状態は、クロールが試験する状態と同じ', () => {
    expect(A11Y_CHECKLIST.toolStates).toEqual(TOOL_STATES.map((s) => s.name));
  });

  it('不適合の行は、何が満たされていないかを注記に書いている', () => {
    for (const r of failing(rows)) expect(r.note.length, `${r.sc} の注記`).toBeGreaterThan(20);
  });

  it('対応度: 全行が適合か適用なしのときだけ「準拠」、1つでも不適合なら「一部準拠」', () => {
    const pass = [{ result: '適合' as const }, { result: '適用なし' as const }];
    expect(conformanceOf(pass)).toBe('準拠');
    expect(conformanceOf([...pass, { result: '不適合' as const }])).toBe('一部準拠');
    expect(() => conformanceOf([])).toThrow();
    expect(conformanceOf(rows)).toBe(rows.some((r) => r.result === '不適合') ? '一部準拠' : '準拠');
  });

  it('公開ページは対応度をチェックリストから求め、「準拠」と手で書いていない', () => {
    const page = readFileSync('src/pages/about/accessibility.astro', 'utf8');
    expect(page).toContain('conformanceOf(');
    expect(page).toContain('A11Y_CHECKLIST');
    expect(page.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')).not.toMatch(/>\s*[^<{]*準拠しています/);
  });
});

/**
 * The 達成基準チェックリスト (src/data/a11y-checklist.ts) is complete and honest: every criterion
 * of JIS X 8341-3:2016 level AA (38) and the WCAG 2.1 / 2.2 A・AA additions is there once, every
 * test it points to exists (file and a part of the test's name), every note that says what the
 * site does cites the test that backs it (testedBy), the notes an outside audit found wrong now
 * match the code, and the 対応度 is 「準拠」 only when no row is 不適合.
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

  it('注記がサイトの動きを述べる行は、それを確かめるテスト（testedBy）を挙げ、そのファイルにそのテストがある', () => {
    const missing: string[] = [];
    for (const r of rows) {
      if (r.methods.some((m) => m.kind !== 'manual') && r.testedBy.length === 0) missing.push(`${r.sc}: 注記を裏付けるテストがない`);
      for (const t of r.testedBy) {
        if (!existsSync(t.file)) missing.push(`${r.sc}: ${t.file} がない`);
        else if (!readFileSync(t.file, 'utf8').includes(t.test)) missing.push(`${r.sc}: ${t.file} に「${t.test}」というテストがない`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('外部の監査で違っていた注記を、実装に合わせている（4.1.3 行の移動・3.2.2 完了の確認・3.1.2 英語の語句）', () => {
    const row = (sc: string) => rows.find((r) => r.sc === sc)!;
    expect(row('4.1.3').note).not.toMatch(/まだ知らせていません|改善中/);
    expect(row('4.1.3').testedBy.map((t) => t.test).join('|')).toContain('移動は読み上げられる');
    expect(row('3.2.2').testedBy.map((t) => t.file)).toContain('test/e2e/a11y-focus.test.ts');
    expect(row('3.1.2').note).not.toContain('外国語の文章はありません');
    expect(row('3.1.2').note).toContain('lang="en"');
    // The glossary's English expansions are marked where they are rendered.
    for (const f of ['src/pages/glossary/index.astro', 'src/islands/search/SearchApp.tsx']) expect(readFileSync(f, 'utf8'), f).toContain('splitForeignPhrases(');
  });

  it('1.3.5 入力目的の特定: 注記の autocomplete が入力欄の実装と同じ', () => {
    const note = rows.find((r) => r.sc === '1.3.5')!.note;
    // The value of each field named in the note, read from its source.
    const profile = readFileSync('src/islands/ProfileForm.tsx', 'utf8');
    const sheet = readFileSync('src/islands/diagnosis/ResultSheet.tsx', 'utf8');
    const inv = readFileSync('src/islands/inventory/AddTasks.tsx', 'utf8');
    const attr = (src: string, id: string) => new RegExp(`id="${id}"[^>]*autoComplete="([^"]+)"`).exec(src)?.[1];
    const fields = {
      団体名: [attr(profile, 'profile-name'), /field\('name', '[^']*', '([^']+)'\)/.exec(sheet)?.[1]],
      担当課: [attr(profile, 'profile-department'), /field\('department', '[^']*', '([^']+)'\)/.exec(sheet)?.[1]],
      所属: [/id="inv-dept"[\s\S]{0,200}?autoComplete="([^"]+)"/.exec(inv)?.[1]],
    };
    for (const [label, values] of Object.entries(fields)) {
      expect(values.every((v) => v), `${label} の欄が見つからない`).toBe(true);
      expect(new Set(values).size, `${label} の欄で値が揃っていない: ${values.join(', ')}`).toBe(1);
    }
    expect(fields.団体名[0]).toBe('organization');
    expect(fields.所属[0]).toBe('organization');
    expect(note).toMatch(/団体名[^。]*棚卸しの所属の欄は autocomplete="organization"/);
    expect(note).toMatch(new RegExp(`担当課の欄[^。]*autocomplete="${fields.担当課[0]}"`));
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

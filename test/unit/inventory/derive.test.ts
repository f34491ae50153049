/**
 * The level derived from the answers (src/lib/inventory/derive.ts), and the laws that keep it
 * safe, as properties over task names, answers and levels chosen by the officer:
 * (a) 扱う情報＝住民の個人情報 ⇒ the residents' note wherever the level is shown (row, sheet, CSV, pack);
 * (b) 使うシステム＝個人番号利用事務系 ⇒ Lv.Ⅳ, whatever the name or the officer's choice;
 * (c) changing an answer to わからない never lowers the level, never removes 要確認 or the note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/lib/inventory/classify';
import { exportCsv, parseCsv, CSV_COLUMNS } from '../../../src/lib/inventory/csv';
import { COUNTER_NOTE, derive, levelRank, levelText, PATROL_NOTE, RESIDENT_NOTE, type TypeReading } from '../../../src/lib/inventory/derive';
import { ANSWER_IDS, QUESTION_KEYS, type Effective, type QuestionKey } from '../../../src/lib/inventory/questions';
import { cachedClassify, packRows, residentCell, rowLevelText, sheetTips, toExportRows, toRow } from '../../../src/lib/inventory/rows';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { loadLevels } from '../../fixtures/inventory/load-levels';

const levels = loadLevels();
const suggest = cachedClassify(createClassifier(levels));
const NONE: TypeReading = { level: 'unclassified', typeId: '', patrol: false, text: '', source: 'none' };
const eff = (info: string, system: string, place: string, confirmed = true): Effective =>
  ({ info: { value: info, confirmed, words: [] }, system: { value: system, confirmed, words: [] }, place: { value: place, confirmed, words: [] } }) as Effective;

describe('回答からレベルを導く（手引き スライド12〜14）', () => {
  it('個人番号利用事務系は Lv.Ⅳ（スライド14）', () => {
    const d = derive(eff('none', 'mynumber', 'anywhere'), { ...NONE, level: 'lv1', typeId: 'document-preparation', text: 'x', source: 'example' });
    expect(d).toMatchObject({ level: 'lv4', floor: 'lv4', needsCheck: false, residentNote: false });
    expect(d.steps[0]!.text).toContain('「個人番号利用事務系システムを利用する業務」を Lv.Ⅳ としています（スライド14）');
  });

  it('職場の特殊な機器は Lv.Ⅳ、窓口は Lv.Ⅲ、現場の業務類型なら Lv.Ⅱ（スライド13・14）', () => {
    expect(derive(eff('none', 'lgwan', 'equipment'), NONE).level).toBe('lv4');
    const counter = derive(eff('none', 'lgwan', 'counter'), NONE);
    expect(counter.level).toBe('lv3');
    expect(counter.steps[0]!.text).toContain('「各種申請・届出受理業務、窓口業務」を Lv.Ⅲ');
    expect(counter.constraints).toEqual([COUNTER_NOTE]);
    const field = derive(eff('none', 'lgwan', 'counter'), { ...NONE, level: 'lv2', typeId: 'field-work', text: 't', source: 'guide' });
    expect(field.level).toBe('lv2');
    expect(field.steps[0]!.text).toContain('スライド13');
  });

  it('職員の個人情報は Lv.Ⅱ（手引き）、住民の個人情報は Lv.Ⅱ 以上（当サイトの目安）と住民情報の注意', () => {
    const staff = derive(eff('staff', 'lgwan', 'anywhere'), NONE);
    expect(staff).toMatchObject({ level: 'lv2', residentNote: false });
    expect(staff.steps[0]).toMatchObject({ source: 'guide' });
    const resident = derive(eff('resident', 'lgwan', 'anywhere'), { ...NONE, level: 'lv1', typeId: 'data-compilation', text: 't', source: 'guide' });
    expect(resident).toMatchObject({ level: 'lv2', residentNote: true });
    expect(resident.steps[0]).toMatchObject({ source: 'site' });
    expect(resident.steps[0]!.text).toContain('当サイトの目安');
  });

  it('回答が何もなく業務類型もなければ未分類', () => {
    expect(derive(eff('none', 'internet', 'anywhere'), NONE).level).toBe('unclassified');
  });

  it('担当者の選んだレベルが勝つが、回答から決まる下限は下回らない', () => {
    const t = { ...NONE, level: 'lv3' as const, typeId: 'paper-applications', text: 't', source: 'guide' as const };
    expect(derive(eff('none', 'lgwan', 'anywhere'), t, 'lv1')).toMatchObject({ level: 'lv1', overrideRaised: false });
    expect(derive(eff('staff', 'lgwan', 'anywhere'), t, 'lv1')).toMatchObject({ level: 'lv2', overrideRaised: true });
  });

  it('推定のままの回答とわからないは要確認（暫定）で、理由を示す', () => {
    const d = derive({ ...eff('none', 'lgwan', 'anywhere'), info: { value: 'none', confirmed: false, words: [] } }, NONE);
    expect(d.needsCheck).toBe(true);
    expect(d.checks.join('')).toBe('扱う情報は語からの推定です。違えばレベルが上がる、または住民情報の注意が付きます。確かめて選んでください。');
    const u = derive(eff('unknown', 'lgwan', 'anywhere'), NONE);
    expect(u).toMatchObject({ needsCheck: true, residentNote: true, level: 'lv2' });
    expect(u.checks[0]).toBe('扱う情報が「わからない」のため、もっとも厳しい場合として扱っています。');
    expect(levelText(u)).toBe('Lv.Ⅱ（暫定・要確認）');
    expect(levelText(derive(eff('none', 'mynumber', 'anywhere'), NONE))).toBe('Lv.Ⅳ');
  });

  it('住民情報の注意は手引きの言葉（自宅等・物理的な対策・スライド12）で', () => {
    expect(RESIDENT_NOTE).toContain('「原則、自宅等でのテレワークの対象外」');
    expect(RESIDENT_NOTE).toContain('「庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）」');
    expect(RESIDENT_NOTE).toContain('スライド12');
    expect(RESIDENT_NOTE).not.toContain('在宅勤務');
  });

  it('スライド13のモバイルワークの文は 現場巡回・訪問 の業務だけに付く', () => {
    const r = (name: string) => toRow({ id: 'x', name, unit: '', memo: '', override: '' }, suggest, levels);
    expect(r('道路の巡回').derived.constraints).toContain(PATROL_NOTE);
    expect(r('高齢者の見守り訪問').derived.constraints).toContain(PATROL_NOTE);
    for (const name of ['会議議事録作成', 'Web会議による内部会議', '工事現場の確認', '議会対応']) expect(r(name).derived.constraints, name).not.toContain(PATROL_NOTE);
  });
});

/* ---------------------------------------------------------------------------------------- */

const WORDS = ['住民', '台帳', '相談', '職員', '給与', '議事録', '集計', '窓口', '交付', '現場', '巡回', '検体', '住民票', '課税', '宛名', 'ホームページ', '会議', '作成', '整理', 'の', '清掃', '高齢者', 'DV', '照会', '入力'];
const nameArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(''));
const answerArb = (k: QuestionKey) => fc.constantFrom('', ...ANSWER_IDS[k]);
const storedArb = fc.record({ info: answerArb('info'), system: answerArb('system'), place: answerArb('place') });
const overrideArb = fc.constantFrom('', 'lv1', 'lv2', 'lv3', 'lv4');
const taskArb = fc.record({ name: nameArb, answers: storedArb, override: overrideArb }).map(({ name, answers, override }): TaskRow => ({ id: 't', name, unit: '', memo: '', override, answers }));
const rowOf = (t: TaskRow) => toRow(t, suggest, levels);

describe('法則（fast-check）', () => {
  it('(a) 扱う情報が住民の個人情報なら、行・印刷・CSV・決裁パックのどこにも住民情報の注意がある', () => {
    fc.assert(
      fc.property(taskArb, (t) => {
        const row = rowOf(t);
        if (row.answers.info.value !== 'resident') return;
        expect(row.derived.residentNote).toBe(true);
        expect(residentCell(row)).toContain(RESIDENT_NOTE);
        expect(sheetTips(row).join('／')).toContain(RESIDENT_NOTE);
        const csv = parseCsv(exportCsv(toExportRows([row])));
        expect(csv[1]![CSV_COLUMNS.indexOf('住民情報の注意')]).toContain(RESIDENT_NOTE);
        expect(packRows([row]).rows[0]!.note).toContain(RESIDENT_NOTE);
      }),
      { numRuns: 400 },
    );
  });

  it('(b) 使うシステムが個人番号利用事務系なら、名前・他の回答・選んだレベルにかかわらず Lv.Ⅳ', () => {
    fc.assert(
      fc.property(taskArb, (t) => {
        const row = rowOf({ ...t, answers: { ...t.answers!, system: 'mynumber' } });
        expect(row.level).toBe('lv4');
        expect(rowLevelText(row).startsWith('Lv.Ⅳ')).toBe(true);
        expect(toExportRows([row])[0]!.adopted).toBe('lv4');
        expect(packRows([row]).rows[0]!.levelText.startsWith('Lv.Ⅳ')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('(c) どの回答を「わからない」に変えても、レベルは下がらず、要確認も住民情報の注意も消えない', () => {
    fc.assert(
      fc.property(taskArb, fc.constantFrom(...QUESTION_KEYS), (t, k) => {
        const before = rowOf(t);
        const after = rowOf({ ...t, answers: { ...t.answers!, [k]: 'unknown' } });
        expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
        expect(after.derived.needsCheck).toBe(true);
        if (before.derived.residentNote) expect(after.derived.residentNote).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('回答が1つでも推定のまま、またはわからないなら要確認。全部を回答すれば要確認は消える（わからない以外）', () => {
    fc.assert(
      fc.property(taskArb, (t) => {
        const row = rowOf(t);
        const a = t.answers!;
        const open = QUESTION_KEYS.some((k) => a[k] === '' || a[k] === 'unknown');
        expect(row.derived.needsCheck).toBe(open);
      }),
      { numRuns: 400 },
    );
  });
});

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
import { exportCsv, parseCsv, CSV_COLUMNS, toExportRows } from '../../../src/lib/inventory/csv';
import { COUNTER_NOTE, derive, levelRank, PATROL_NOTE, type TypeReading } from '../../../src/lib/inventory/derive';
import { levelText, RESIDENT_NOTE } from '../../../src/lib/inventory/outcome';
import { ANSWER_IDS, QUESTION_KEYS, type Effective, type QuestionKey } from '../../../src/lib/inventory/questions';
import { cachedClassify, residentCell, rowLevelText, sheetTips, toRow, outcomeOf, type InventoryRow } from '../../../src/lib/inventory/rows';
import { packRows } from '../../../src/lib/inventory/pack-rows';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { loadLevels } from '../../fixtures/inventory/load-levels';

const levels = loadLevels();
/** The pack's rows from the rows /inventory/ shows (their outcomes, as the level cache keeps them). */
const pack = (rows: InventoryRow[]) => packRows(rows.map((r) => r.task), rows.map(outcomeOf), levels);
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

describe('段階の文・順序と要確認の文（表・印刷・CSV に出る理由）', () => {
  /** Answers with their own confirmation: [value, confirmed] per question. */
  const mixed = (info: [string, boolean], system: [string, boolean], place: [string, boolean]): Effective =>
    ({ info: { value: info[0], confirmed: info[1], words: [] }, system: { value: system[0], confirmed: system[1], words: [] }, place: { value: place[0], confirmed: place[1], words: [] } }) as Effective;
  const type = (level: TypeReading['level'], source: TypeReading['source'], typeId = 'document-preparation'): TypeReading => ({ level, typeId, patrol: false, text: '業務類型の読みの文', source });
  const UNKNOWN_STRICT = 'わからない間は、もっとも厳しい場合として扱います。';

  it('使うシステム：個人番号利用事務系とわからないは Lv.Ⅳ（スライド14）、回答をそのまま名指しする', () => {
    expect(derive(eff('none', 'mynumber', 'anywhere'), NONE).steps).toEqual([
      { key: 'system', level: 'lv4', source: 'guide', text: '使うシステム「個人番号利用事務系」：手引きは「個人番号利用事務系システムを利用する業務」を Lv.Ⅳ としています（スライド14）。' },
    ]);
    expect(derive(eff('none', 'unknown', 'anywhere'), NONE).steps).toEqual([
      { key: 'system', level: 'lv4', source: 'guide', text: `使うシステム「わからない」：手引きは「個人番号利用事務系システムを利用する業務」を Lv.Ⅳ としています（スライド14）。${UNKNOWN_STRICT}` },
    ]);
    expect(derive(eff('none', 'lgwan', 'anywhere'), NONE).steps).toEqual([]);
  });

  it('場所・機器：特殊な機器とわからないは Lv.Ⅳ、窓口は Lv.Ⅲ、現場の類型なら Lv.Ⅱ（スライド13・14）', () => {
    expect(derive(eff('none', 'internet', 'equipment'), NONE).steps).toEqual([
      { key: 'place', level: 'lv4', source: 'guide', text: '場所・機器「職場の特殊な機器が必要」：手引きは「職場に設置された特殊な機器等の利用が必要な業務」を Lv.Ⅳ としています（スライド14）。' },
    ]);
    expect(derive(eff('none', 'internet', 'unknown'), NONE).steps[0]!.text).toBe(`場所・機器「わからない」：手引きは「職場に設置された特殊な機器等の利用が必要な業務」を Lv.Ⅳ としています（スライド14）。${UNKNOWN_STRICT}`);
    expect(derive(eff('none', 'internet', 'counter'), NONE).steps).toEqual([
      { key: 'place', level: 'lv3', source: 'guide', text: '場所・機器「窓口・現場での対応が必要」：手引きは「各種申請・届出受理業務、窓口業務」を Lv.Ⅲ としています（スライド14）。' },
    ]);
    expect(derive(eff('none', 'internet', 'counter'), { ...NONE, typeId: 'field-work' }).steps).toEqual([
      { key: 'place', level: 'lv2', source: 'guide', text: '場所・機器「窓口・現場での対応が必要」：手引きは「現場での確認・調査・情報発信等を行う業務」などを Lv.Ⅱ とし、モバイル端末の活用を挙げています（スライド13）。' },
    ]);
  });

  it('扱う情報：職員は手引きの Lv.Ⅱ（スライド13）、住民とわからないは当サイトの目安の Lv.Ⅱ と住民情報の注意', () => {
    expect(derive(eff('staff', 'internet', 'anywhere'), NONE).steps).toEqual([
      { key: 'info', level: 'lv2', source: 'guide', text: '扱う情報「職員の個人情報」：手引きは「職員の個人情報を扱う業務」を Lv.Ⅱ「秘密文書に相当する機密性を要する情報資産を扱う業務」としています（スライド13）。' },
    ]);
    const resident = derive(eff('resident', 'internet', 'anywhere'), NONE).steps;
    expect(resident).toHaveLength(1);
    expect(resident[0]).toMatchObject({ key: 'info', level: 'lv2', source: 'site' });
    expect(resident[0]!.text.startsWith('扱う情報「住民の個人情報（大量または機微）」：当サイトの目安として少なくとも Lv.Ⅱ とします')).toBe(true);
    expect(resident[0]!.text).toContain('手引きの住民情報の注意（スライド12）が付きます。');
    expect(resident[0]!.text.endsWith('手引きの住民情報の注意（スライド12）が付きます。')).toBe(true);
    expect(derive(eff('unknown', 'internet', 'anywhere'), NONE).steps[0]!.text.endsWith('わからない間は、住民の個人情報を扱う場合として扱います。')).toBe(true);
    expect(derive(eff('none', 'internet', 'anywhere'), NONE).steps).toEqual([]);
  });

  it('業務類型の読みは段階の1つ（手引きの例・記載は guide、当サイトの目安は site）で、未分類なら加えない。厳しい順に並ぶ', () => {
    expect(derive(eff('none', 'internet', 'anywhere'), type('lv1', 'example')).steps).toEqual([{ key: 'type', level: 'lv1', source: 'guide', text: '業務類型の読みの文' }]);
    expect(derive(eff('none', 'internet', 'anywhere'), type('lv3', 'site')).steps).toEqual([{ key: 'type', level: 'lv3', source: 'site', text: '業務類型の読みの文' }]);
    expect(derive(eff('none', 'internet', 'anywhere'), type('unclassified', 'none')).steps).toEqual([]);
    // Pushed as info (Lv.Ⅱ) then type (Lv.Ⅲ): shown strictest first.
    expect(derive(eff('staff', 'internet', 'anywhere'), type('lv3', 'guide')).steps.map((x) => x.key)).toEqual(['type', 'info']);
    expect(derive(eff('staff', 'mynumber', 'counter'), type('lv1', 'guide')).steps.map((x) => `${x.key}:${x.level}`)).toEqual(['system:lv4', 'place:lv3', 'info:lv2', 'type:lv1']);
  });

  it('要確認の文：わからない、推定（厳しい答えで変わるときだけそう言う）、最後に「確かめて選んでください。」', () => {
    expect(derive(eff('unknown', 'internet', 'anywhere'), NONE).checks).toEqual(['扱う情報が「わからない」のため、もっとも厳しい場合として扱っています。', '確かめて選んでください。']);
    expect(derive(eff('unknown', 'unknown', 'anywhere'), NONE).checks[0]).toBe('扱う情報・使うシステムが「わからない」のため、もっとも厳しい場合として扱っています。');
    const MORE = '違えばレベルが上がる、または住民情報の注意が付きます。';
    // All three estimated; 扱う情報 わからない would add the residents' note.
    expect(derive(eff('none', 'internet', 'anywhere', false), NONE).checks).toEqual([`扱う情報・使うシステム・場所・機器は語からの推定です。${MORE}`, '確かめて選んでください。']);
    // Only a higher level (the note is there already).
    expect(derive(mixed(['resident', true], ['lgwan', false], ['anywhere', true]), NONE).checks[0]).toBe(`使うシステムは語からの推定です。${MORE}`);
    // Only the note (Lv.Ⅳ already).
    expect(derive(mixed(['none', false], ['mynumber', true], ['anywhere', true]), NONE).checks[0]).toBe(`扱う情報は語からの推定です。${MORE}`);
    // Neither: the strictest answer changes nothing.
    expect(derive(mixed(['resident', false], ['mynumber', true], ['anywhere', true]), NONE).checks[0]).toBe('扱う情報は語からの推定です。');
    expect(derive(eff('none', 'internet', 'anywhere'), NONE).checks).toEqual([]);
  });

  it('推定の印：どれか1つでも推定なら true、すべて答えたら false', () => {
    expect(derive(eff('none', 'internet', 'anywhere'), NONE).estimated).toBe(false);
    expect(derive(mixed(['none', true], ['internet', false], ['anywhere', true]), NONE).estimated).toBe(true);
    expect(derive(eff('none', 'internet', 'anywhere', false), NONE).estimated).toBe(true);
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
        expect(pack([row]).rows[0]!.note).toContain(RESIDENT_NOTE);
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
        expect(pack([row]).rows[0]!.levelText.startsWith('Lv.Ⅳ')).toBe(true);
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

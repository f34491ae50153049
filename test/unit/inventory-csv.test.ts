import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/lib/inventory/classify';
import { CSV_COLUMNS, csvField, csvFileName, decodeCsvBytes, exportCsv, importCsv, parseCsv, type ExportRow } from '../../src/lib/inventory/csv';
import { cachedClassify, rowBuilder, toExportRows } from '../../src/lib/inventory/rows';
import { addTasks } from '../../src/lib/inventory/tasks';
import type { TaskRow } from '../../src/schemas/state/inventory';
import { loadLevels } from '../fixtures/inventory/load-levels';

const c = createClassifier(loadLevels());
// The page's own mapping (src/lib/inventory/rows.ts), not a copy of it
const rowsFor = (tasks: TaskRow[]): ExportRow[] => toExportRows(rowBuilder(cachedClassify(c))(tasks));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A tiny Shift_JIS (CP932) encoder for the characters these tests use, built from the fixture Python wrote. */
function sjisTable(): Map<string, number[]> {
  const bytes = readFileSync('test/fixtures/inventory/excel-shift_jis.csv');
  const text = new TextDecoder('shift_jis').decode(bytes);
  const map = new Map<string, number[]>();
  let i = 0;
  for (const ch of text) {
    const lead = bytes[i]!;
    const n = lead < 0x80 || (lead >= 0xa1 && lead <= 0xdf) ? 1 : 2;
    map.set(ch, [...bytes.subarray(i, i + n)]);
    i += n;
  }
  return map;
}

const TASKS: TaskRow[] = [
  { id: 'a', name: '会議議事録作成', unit: '総務課', memo: '毎週、火曜', override: '' },
  { id: 'b', name: '住民票の交付', unit: '市民課', memo: '"窓口"と郵送\n改行あり', override: '' },
  { id: 'c', name: '工事現場の確認', unit: '建設課', memo: '', override: 'lv1' },
  { id: 'd', name: '=HYPERLINK("http://x")', unit: '', memo: '-1', override: '' },
  { id: 'e', name: '<img src=x onerror=alert(1)>', unit: '', memo: '', override: 'lv3' },
];

describe('CSVの書き出し', () => {
  const csv = exportCsv(rowsFor(TASKS));

  it('形式: BOM付きUTF-8、CRLF、列は 業務名, 所属, メモ, 提案レベル, 提案の根拠, 採用レベル, 理由, 働き方の注意, 工夫', () => {
    expect(csv.startsWith('\uFEFF業務名,所属,メモ,提案レベル,提案の根拠,採用レベル,理由,働き方の注意,工夫\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
    expect(CSV_COLUMNS).toHaveLength(9);
  });

  it('引用: カンマ・引用符・改行を含む値は RFC 4180 どおり囲む', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('議事録')).toBe('議事録');
  });

  it('数式: = + - @ で始まる値は Excel で数式にならないよう \' を付け、読み込みで外す', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    const back = importCsv(utf8(csv));
    expect(back.ok && back.tasks[3]).toMatchObject({ name: '=HYPERLINK("http://x")', memo: '-1' });
  });

  it('内容: 提案レベル・根拠・採用レベル・理由・住民情報の注意・工夫が入る', () => {
    const rows = parseCsv(csv);
    expect(rows[1]!.slice(3, 6)).toEqual(['Lv.Ⅰ', '手引きの例に近い', 'Lv.Ⅰ']);
    expect(rows[3]!.slice(3, 6)).toEqual(['Lv.Ⅱ', '手引きの例に近い', 'Lv.Ⅰ']);
    expect(rows[1]![6]).toContain('会議議事録作成');
    expect(rows[1]![7]).toBe('');
    expect(rows[1]![8]).toContain('資料の電子化・保存');
    // 住民票の交付: the site's Lv.Ⅳ reading, the guide's Lv.Ⅲ reason and the note on 住民情報
    expect(rows[2]!.slice(3, 6)).toEqual(['Lv.Ⅳ', '当サイトの目安', 'Lv.Ⅳ']);
    expect(rows[2]![6]).toContain('当サイトの目安');
    expect(rows[2]![6]).toContain('Lv.Ⅲの根拠もあります');
    expect(rows[2]![7]).toBe('在宅勤務は原則対象外、庁舎と同等の対策がある支所等のサテライトオフィスなら可（手引き スライド12）');
  });

  it('旧い列（7列）の CSV も読める: 提案の根拠・働き方の注意は省略できる', () => {
    const r = importCsv(utf8('業務名,所属,メモ,提案レベル,採用レベル,理由,工夫\r\n議事録の作成,総務課,,Lv.Ⅰ,Lv.Ⅱ,x,y\r\n'));
    expect(r.ok && r.tasks).toEqual([{ name: '議事録の作成', unit: '総務課', memo: '', override: 'lv2' }]);
    expect(r.ok && r.ignoredColumns).toEqual([]);
  });

  it('ファイル名: 所属と日付を含み、使えない文字を除く', () => {
    expect(csvFileName('総務課/人事係', '2026-11-21')).toBe('業務の棚卸し_総務課人事係_2026-11-21.csv');
    expect(csvFileName('', '2026-11-21')).toBe('業務の棚卸し_2026-11-21.csv');
  });
});

describe('CSVの読み込み', () => {
  it('往復（UTF-8 BOM付き）: 書き出して読み込むと、名前・所属・メモ・上書きが戻る', () => {
    const csv = exportCsv(rowsFor(TASKS));
    const r = importCsv(utf8(csv));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe('utf-8');
    expect(r.tasks).toEqual(TASKS.map(({ name, unit, memo, override }) => ({ name, unit, memo, override })));
    const again = addTasks([], r.tasks, (() => { let n = 0; return () => String(n++); })());
    expect(exportCsv(rowsFor(again.tasks))).toBe(csv);
  });

  it('往復（BOMなしUTF-8・LF）: 同じように読める', () => {
    const csv = exportCsv(rowsFor(TASKS)).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const r = importCsv(utf8(csv));
    expect(r.ok && r.tasks.map((t) => t.name)).toEqual(TASKS.map((t) => t.name));
  });

  it('往復（Shift_JIS）: Excel が保存した Shift_JIS の CSV を読み、同じ内容を書き戻して符号化すると同じバイト列になる', () => {
    const bytes = readFileSync('test/fixtures/inventory/excel-shift_jis.csv');
    const r = importCsv(new Uint8Array(bytes));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe('shift_jis');
    expect(r.tasks).toEqual([
      { name: '会議議事録作成', unit: '総務課', memo: '毎週', override: '' },
      { name: '住民票の交付', unit: '市民課', memo: '窓口、郵送', override: '' },
      { name: '税務システムでの課税処理', unit: '税務課', memo: '', override: '' },
      { name: '工事現場の確認', unit: '建設課', memo: '"現場"写真', override: 'lv1' },
      { name: '庁舎の清掃', unit: '管財課', memo: '', override: '' },
    ]);
    // Encode the decoded text back with a table of the fixture's own characters: the bytes match.
    const table = sjisTable();
    const text = decodeCsvBytes(new Uint8Array(bytes)).text;
    const encoded = [...text].flatMap((ch) => table.get(ch) ?? []);
    expect(Buffer.from(encoded).equals(bytes)).toBe(true);
  });

  it('列が違う: 「業務名」の列がなければ、読み取った列名を示して何も追加しない', () => {
    const r = importCsv(utf8('名前,課\r\n議事録,総務課\r\n'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('「業務名」の列が見つかりません（読み取った列名：名前、課）');
    expect(!r.ok && r.message).toContain('何も追加していません');
  });

  it('列の省略: 業務名だけの CSV も読め、使わない列は伝える', () => {
    const r = importCsv(utf8('業務名,備考\n議事録の作成,x\n\n,空\n'));
    expect(r.ok && r.tasks).toEqual([{ name: '議事録の作成', unit: '', memo: '', override: '' }]);
    expect(r.ok && r.ignoredColumns).toEqual(['備考']);
    expect(r.ok && r.notes).toEqual(['4行目：業務名が空のため読み飛ばします。']);
  });

  it('レベル: 読めない採用レベルは提案どおりにし、その旨を伝える', () => {
    const r = importCsv(utf8('業務名,採用レベル\nA,Lv.5\nB,3\n'));
    expect(r.ok && r.tasks.map((t) => t.override)).toEqual(['', 'lv3']);
    expect(r.ok && r.notes[0]).toContain('採用レベル「Lv.5」を読み取れない');
  });

  it('壊れたファイル: 空・大きすぎ・バイナリは、何も追加せずに伝える', () => {
    expect(importCsv(new Uint8Array()).ok).toBe(false);
    expect(importCsv(new Uint8Array(3 * 1024 * 1024)).ok).toBe(false);
    const bin = importCsv(new Uint8Array([0, 1, 2, 0xff, 0xfe, 0]));
    expect(bin.ok).toBe(false);
  });

  it('解析: 引用符内のカンマ・改行・"" を扱い、CR だけの改行も読む', () => {
    expect(parseCsv('a,"b,c","d\r\ne","f""g"\rh,i')).toEqual([['a', 'b,c', 'd\r\ne', 'f"g'], ['h', 'i']]);
  });
});

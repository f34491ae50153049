/**
 * CSV import and export of the task list (src/lib/inventory/csv.ts): format, quoting, the
 * formula guard both ways, the answers' columns, round trips (UTF-8, Shift_JIS), old files,
 * the size limit, the header, the notes per line and the level columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/lib/inventory/classify';
import { CSV_COLUMNS, csvField, csvFileName, decodeCsvBytes, exportCsv, importCsv, MAX_CSV_BYTES, parseCsv, toExportRows, type CsvPreview, type ExportRow } from '../../../src/lib/inventory/csv';
import { cachedClassify, rowBuilder } from '../../../src/lib/inventory/rows';
import { addTasks, MAX_MEMO, MAX_NAME, MAX_TASKS, MAX_UNIT } from '../../../src/lib/inventory/tasks';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { loadLevels } from '../../fixtures/inventory/load-levels';

const levels = loadLevels();
const c = createClassifier(levels);
// The page's own mapping (src/lib/inventory/rows.ts), not a copy of it
const rowsFor = (tasks: TaskRow[]): ExportRow[] => toExportRows(rowBuilder(cachedClassify(c), levels)(tasks));
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
  { id: 'c', name: '工事現場の確認', unit: '建設課', memo: '', override: 'lv3' },
  { id: 'd', name: '=HYPERLINK("http://x")', unit: '', memo: '-1', override: '' },
  { id: 'e', name: '<img src=x onerror=alert(1)>', unit: '', memo: '', override: 'lv3' },
];

describe('CSVの書き出し', () => {
  const csv = exportCsv(rowsFor(TASKS));

  it('形式: BOM付きUTF-8、CRLF、列は 業務名〜メモ、3つの問いの回答、要確認、レベルと根拠、住民情報の注意（独立の列）、働き方の注意、工夫', () => {
    expect(csv.startsWith('\uFEFF業務名,所属,メモ,扱う情報,使うシステム,場所・機器,要確認,提案レベル,提案の根拠,採用レベル,理由,住民情報の注意,働き方の注意,工夫\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
    expect(CSV_COLUMNS).toHaveLength(14);
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

  it('内容: 回答（推定の印と語）・要確認・レベル・根拠・理由・住民情報の注意・工夫が入る', () => {
    const rows = parseCsv(csv);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as never);
    // 会議議事録作成: no personal-data word, all answers only 推定 → 要確認 (a residents' answer would add the note)
    expect(rows[1]!.slice(3, 6)).toEqual(['個人情報なし（推定）', 'LGWAN接続系（推定）', '場所を選ばない（推定）']);
    expect(rows[1]![col('要確認')]).toMatch(/^要確認：/);
    expect([rows[1]![col('提案レベル')], rows[1]![col('提案の根拠')], rows[1]![col('採用レベル')]]).toEqual(['Lv.Ⅰ', '手引きの例に近い', 'Lv.Ⅰ']);
    expect(rows[1]![col('理由')]).toContain('会議議事録作成');
    expect(rows[1]![col('住民情報の注意')]).toBe('');
    expect(rows[1]![col('工夫')]).toContain('資料の電子化・保存');
    // 住民票の交付: the 基幹 word pre-fills 住民 + 個人番号利用事務系 → Lv.Ⅳ, with the residents' note in its own column
    expect(rows[2]!.slice(3, 6)).toEqual(['住民の個人情報（大量または機微）（推定：住民票）', '個人番号利用事務系（推定：住民票）', '窓口・現場での対応が必要（推定：交付）']);
    expect([rows[2]![col('提案レベル')], rows[2]![col('採用レベル')]]).toEqual(['Lv.Ⅳ', 'Lv.Ⅳ']);
    expect(rows[2]![col('理由')]).toContain('個人番号利用事務系システムを利用する業務');
    expect(rows[2]![col('住民情報の注意')]).toContain('「原則、自宅等でのテレワークの対象外」');
    expect(rows[2]![col('住民情報の注意')]).toContain('「庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）」');
    expect(rows[2]![col('住民情報の注意')]).toContain('スライド12');
    // 工事現場の確認, chosen Lv.Ⅲ: the level adopted, and ITS tips (Lv.Ⅲ's 視点), not the suggestion's (Lv.Ⅱ)
    expect([rows[3]![col('提案レベル')], rows[3]![col('採用レベル')]]).toEqual(['Lv.Ⅱ', 'Lv.Ⅲ']);
    expect(rows[3]![col('工夫')]).toContain('デジタル・ガバメント実行計画');
    expect(rows[3]![col('工夫')]).not.toContain('モバイル端末の活用');
  });

  it('要確認・理由・働き方の注意の欄：行の導きの文を空白1つでつなぎ、下限より低く選んだレベルはその旨を、根拠がなければその旨を書く', () => {
    const built = rowBuilder(cachedClassify(c), levels)([
      // every answer given, no word the guide or the site reads: no 要確認, no reason of its own
      { id: 'a', name: 'ああああ', unit: '', memo: '', override: '', answers: { info: 'none', system: 'lgwan', place: 'anywhere' } },
      // Lv.Ⅰ chosen for work the answers put at Lv.Ⅳ
      { id: 'b', name: '住民票の交付', unit: '', memo: '', override: 'lv1' },
      // a counter and a patrol: two limits on the form of telework
      { id: 'c', name: '高齢者宅の訪問', unit: '', memo: '', override: '' },
    ]);
    const [plain, raised, visit] = toExportRows(built);
    expect([plain!.check, plain!.reason, plain!.constraints]).toEqual(['', '手引きの例・語に当てはまるものが見つかりませんでした。回答を確かめ、レベルを選んでください。', '']);
    expect(raised!.adopted).toBe('lv4');
    expect(raised!.check).toBe(`要確認：${built[1]!.derived.checks.join(' ')}`);
    expect(built[1]!.derived.checks.length).toBeGreaterThan(1);
    expect(raised!.reason).toBe([...built[1]!.derived.steps.map((x) => x.text), '選んだレベルは回答から決まる下限より低いため、下限のレベルにしています。'].join(' '));
    expect(raised!.reason.startsWith('使うシステム「個人番号利用事務系」：')).toBe(true);
    expect(visit!.constraints).toBe(built[2]!.derived.constraints.join(' '));
    expect(built[2]!.derived.constraints).toHaveLength(2);
    expect(visit!.constraints).toContain('（当サイトの目安） （例）現場巡回・訪問業務');
    expect(visit!.reason).not.toContain('選んだレベルは');
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

const ok = (bytes: Uint8Array): CsvPreview => {
  const r = importCsv(bytes);
  if (!r.ok) throw new Error(r.message);
  return r;
};
/** A valid CSV of exactly n bytes: one task whose name is padded with trailing spaces (trimmed on import). */
const csvOfSize = (n: number) => {
  const head = utf8('業務名\r\n議事録');
  const out = new Uint8Array(n).fill(0x20);
  out.set(head);
  return out;
};

describe('importCsv：ファイルの大きさ', () => {
  it('上限は2MB（2×1024×1024バイト）', () => {
    expect(MAX_CSV_BYTES).toBe(2 * 1024 * 1024);
  });

  it('ちょうど2MBのCSVは読み、1バイト超えると内容が正しくても何も追加しない', () => {
    expect(ok(csvOfSize(MAX_CSV_BYTES)).tasks.map((t) => t.name)).toEqual(['議事録']);
    expect(importCsv(csvOfSize(MAX_CSV_BYTES + 1))).toEqual({ ok: false, message: 'ファイルが大きすぎます（2MBまで）。何も追加していません。' });
  });

  it('空のファイルと、NUL を含むファイルはそれぞれの理由で断る', () => {
    expect(importCsv(new Uint8Array())).toEqual({ ok: false, message: 'ファイルが空です。何も追加していません。' });
    const bin = importCsv(utf8('業務名\r\n議事\u0000録\r\n'));
    expect(!bin.ok && bin.message).toContain('CSVファイルではないようです');
  });
});

describe('数式の防止：書き出しで付けた \' を読み込みで外す', () => {
  it.each(['=1+1', '+81', '-1', '@SUM(A1)', '\t先頭タブ', '\r先頭CR'])('「%s」は \' を付けて書き出し、読み込むと元に戻る', (memo) => {
    expect(csvField(memo).startsWith('"') ? csvField(memo).slice(1) : csvField(memo)).toMatch(/^'/);
    const line = ['業務名', 'メモ'].join(',') + '\r\n' + ['議事録', csvField(memo)].join(',') + '\r\n';
    expect(ok(utf8(line)).tasks[0]!.memo).toBe(memo.trim());
  });

  it('値の途中の \' は外さない（外すのは先頭の守りだけ）', () => {
    expect(ok(utf8("業務名,メモ\r\n議事録,a'=b\r\n")).tasks[0]!.memo).toBe("a'=b");
  });

  it('数式でない値の先頭の \' は利用者の文字として残す', () => {
    expect(csvField("'引用")).toBe("'引用");
    expect(ok(utf8("業務名,メモ\r\n議事録,'引用\r\n")).tasks[0]!.memo).toBe("'引用");
    expect(ok(utf8("業務名\r\n'=A1\r\n")).tasks[0]!.name).toBe('=A1');
  });

  it('途中の = や - は守らない（先頭だけが数式になる）', () => {
    expect(csvField('a=b-c')).toBe('a=b-c');
  });
});

describe('BOM（U+FEFF）', () => {
  it('先頭の BOM は、二重に付いていても読み飛ばし（保存し直したファイル）、途中の U+FEFF は文字のまま残す', () => {
    expect(decodeCsvBytes(utf8('\uFEFF\uFEFF業務名\r\n議事録\r\n'))).toEqual({ text: '業務名\r\n議事録\r\n', encoding: 'utf-8' });
    expect(decodeCsvBytes(utf8('業務名\r\n議\uFEFF事録\r\n')).text).toBe('業務名\r\n議\uFEFF事録\r\n');
    expect(parseCsv('\uFEFF業務名,所属\r\n')).toEqual([['業務名', '所属']]);
    expect(parseCsv('業務名,所\uFEFF属\r\n')).toEqual([['業務名', '所\uFEFF属']]);
  });
});

describe('exportCsv と csvFileName', () => {
  it('工夫は「 / 」でつないで1つの欄にする', () => {
    const row = { task: { id: 'a', name: '議事録', unit: '', memo: '', override: '' }, answers: ['', '', ''], check: '', suggested: 'lv1' as const, adopted: 'lv1' as const, basis: '', reason: '', note: '', constraints: '', tips: ['電子化', '切り分け'] };
    expect(exportCsv([row]).split('\r\n')[1]!.endsWith(',電子化 / 切り分け')).toBe(true);
  });

  it('空の一覧でも BOM と列名の行を CRLF で終えて書き出す', () => {
    expect(exportCsv([])).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  });

  it('ファイル名は所属から使えない文字と空白を除き30字まで、所属がなければ日付だけ', () => {
    expect(csvFileName('総務課 / 庶務:係?', '2026-11-21')).toBe('業務の棚卸し_総務課庶務係_2026-11-21.csv');
    expect(csvFileName('', '2026-11-21')).toBe('業務の棚卸し_2026-11-21.csv');
    expect(csvFileName(' \\|<>"* ', '2026-11-21')).toBe('業務の棚卸し_2026-11-21.csv');
    expect(csvFileName('課'.repeat(40), 'd')).toBe(`業務の棚卸し_${'課'.repeat(30)}_d.csv`);
  });
});

describe('decodeCsvBytes と parseCsv', () => {
  it('UTF-8 は BOM を除いて読み、UTF-8 として読めないバイト列は Shift_JIS として読む', () => {
    expect(decodeCsvBytes(utf8('\uFEFF業務名'))).toEqual({ text: '業務名', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0x8b, 0xc6]))).toEqual({ text: '業', encoding: 'shift_jis' });
  });

  it('引用符は欄の先頭でだけ引用の始まりとし、途中の " は文字のまま', () => {
    expect(parseCsv('a"b,c\n')).toEqual([['a"b', 'c']]);
  });

  it('末尾の改行で空の行を作らず、空の文字列は行なし、末尾の空欄は残す', () => {
    expect(parseCsv('a,b\r\n')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
    expect(parseCsv('\uFEFFa\n\nb')).toEqual([['a'], [''], ['b']]);
  });
});

describe('importCsv：列名と行ごとの注意', () => {
  it('列が足りない行は、ない欄を空として読む', () => {
    expect(ok(utf8('業務名,所属,メモ\r\n議事録\r\n')).tasks).toEqual([{ name: '議事録', unit: '', memo: '', override: '' }]);
  });

  it('BOM だけのファイルは「業務名」の列がないと伝える', () => {
    const r = importCsv(utf8('\uFEFF'));
    expect(!r.ok && r.message).toContain('（読み取った列名：（空））');
  });

  it('全角の列名や前後の空白も列名として読む', () => {
    expect(ok(utf8(' 業務名 ,所属\r\n議事録,総務課\r\n')).tasks).toEqual([{ name: '議事録', unit: '総務課', memo: '', override: '' }]);
  });

  it('業務名の列がないときは読み取った列名を7つまで示し、列名がなければ（空）と示す', () => {
    const r = importCsv(utf8('a,b,c,d,e,f,g,h\r\n1\r\n'));
    expect(!r.ok && r.message).toContain('（読み取った列名：a、b、c、d、e、f、g）');
    expect(!r.ok && r.message).toContain(`${CSV_COLUMNS.join('、')} の列を使ってください`);
    const empty = importCsv(utf8(',\r\nx\r\n'));
    expect(!empty.ok && empty.message).toContain('（読み取った列名：（空））');
  });

  it('長すぎる業務名は行番号を示して読み飛ばし、長い所属とメモは切って伝える', () => {
    const name = 'あ'.repeat(MAX_NAME + 1);
    const r = ok(utf8(`業務名,所属,メモ\r\n${name},,\r\n${'あ'.repeat(MAX_NAME)},${'u'.repeat(MAX_UNIT + 1)},${'m'.repeat(MAX_MEMO + 1)}\r\n短い,${'u'.repeat(MAX_UNIT)},${'m'.repeat(MAX_MEMO)}\r\n`));
    expect(r.notes).toEqual([
      `2行目：業務名が${MAX_NAME}文字を超えるため読み飛ばします。`,
      `3行目：所属が${MAX_UNIT}文字を超えるため、先頭${MAX_UNIT}文字にします。`,
      `3行目：メモが${MAX_MEMO}文字を超えるため、先頭${MAX_MEMO}文字にします。`,
    ]);
    expect(r.tasks.map((t) => [t.name.length, t.unit?.length, t.memo?.length])).toEqual([
      [MAX_NAME, MAX_UNIT, MAX_MEMO],
      [2, MAX_UNIT, MAX_MEMO],
    ]);
  });

  it('空白だけの行は数えずに飛ばし、行番号は元のファイルの行で数える', () => {
    const r = ok(utf8('業務名,所属\r\n , \r\n,総務課\r\n議事録\r\n'));
    expect(r.notes).toEqual(['3行目：業務名が空のため読み飛ばします。']);
    expect(r.tasks.map((t) => t.name)).toEqual(['議事録']);
  });

  it('採用レベルは提案と違うときだけ利用者の選択として読み、未分類や提案と同じなら空', () => {
    const r = ok(utf8('業務名,提案レベル,採用レベル\r\nA,Lv.Ⅱ,Lv.Ⅱ\r\nB,Lv.Ⅱ,Lv.Ⅳ\r\nC,Lv.Ⅱ,未分類\r\nD,,Lv.Ⅰ\r\nE,Lv.Ⅲ,\r\n'));
    expect(r.tasks.map((t) => t.override)).toEqual(['', 'lv4', '', 'lv1', '']);
    expect(r.notes).toEqual([]);
    expect(r.encoding).toBe('utf-8');
    expect(r.ignoredColumns).toEqual([]);
  });

  it('1000件を超えるときは件数と上限を伝える（1000件ちょうどなら伝えない）', () => {
    const body = (n: number) => '業務名\r\n' + Array.from({ length: n }, (_, i) => `業務${i}`).join('\r\n');
    expect(ok(utf8(body(MAX_TASKS))).notes).toEqual([]);
    expect(ok(utf8(body(MAX_TASKS + 1))).notes).toEqual([`業務が${MAX_TASKS + 1}件あります。一覧は${MAX_TASKS}件までのため、超える分は追加されません。`]);
  });
});

describe('CSV と3つの問いの回答', () => {
  it('往復: 担当者の回答は戻り、推定のままの回答は未回答（要確認）のまま戻る', () => {
    const tasks: TaskRow[] = [
      { id: 'a', name: '所得照会への回答', unit: '税務課', memo: '', override: '', answers: { info: 'resident', system: 'lgwan', place: 'anywhere' } },
      { id: 'b', name: '議事録の作成', unit: '', memo: '', override: '', answers: { info: 'none', system: '', place: 'unknown' } },
      { id: 'c', name: '住民票の交付', unit: '', memo: '', override: '' },
    ];
    const csv = exportCsv(rowsFor(tasks));
    const lines = parseCsv(csv);
    expect(lines[1]!.slice(3, 7)).toEqual(['住民の個人情報（大量または機微）', 'LGWAN接続系', '場所を選ばない', '']);
    expect(lines[2]![6]).toMatch(/^要確認：/);
    expect(lines[2]![4]).toBe('LGWAN接続系（推定）');
    const r = importCsv(utf8(csv));
    if (!r.ok) throw new Error(r.message);
    expect(r.tasks.map((t) => t.answers)).toEqual([
      { info: 'resident', system: 'lgwan', place: 'anywhere' },
      { info: 'none', system: '', place: 'unknown' },
      undefined,
    ]);
    const again = addTasks([], r.tasks, (() => { let n = 0; return () => 'abc'[n++]!; })());
    expect(again.tasks.map((t) => t.answers)).toEqual(tasks.map((t) => t.answers));
    expect(exportCsv(rowsFor(again.tasks))).toBe(csv);
  });

  it('旧い CSV（回答の列なし）は読めて、どの業務も要確認になる', () => {
    const r = importCsv(utf8('業務名,所属,メモ,提案レベル,提案の根拠,採用レベル,理由,働き方の注意,工夫\r\n議事録の作成,総務課,,Lv.Ⅰ,手引きの例に近い,Lv.Ⅰ,x,,y\r\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.ignoredColumns).toEqual([]);
    const rows = rowBuilder(cachedClassify(c), levels)(addTasks([], r.tasks, () => 'a').tasks);
    expect(rows[0]!.task.answers).toBeUndefined();
    expect(rows[0]!.derived.needsCheck).toBe(true);
  });

  it('読めない回答は未回答にして、行番号と列名で伝える', () => {
    const r = importCsv(utf8('業務名,扱う情報,使うシステム\r\nA,たぶん住民,LGWAN接続系\r\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.tasks[0]!.answers).toEqual({ info: '', system: 'lgwan', place: '' });
    expect(r.notes).toEqual(['2行目：扱う情報「たぶん住民」を読み取れないため、未回答（要確認）にします。']);
  });
});

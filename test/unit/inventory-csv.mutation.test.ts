/**
 * CSV import and export of the task list (src/lib/inventory/csv.ts) at their edges: the size
 * limit, the formula guard both ways, the header, the notes per line and the level columns.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvFileName, decodeCsvBytes, exportCsv, importCsv, MAX_CSV_BYTES, parseCsv, type CsvPreview } from '../../src/lib/inventory/csv';
import { MAX_MEMO, MAX_NAME, MAX_TASKS, MAX_UNIT } from '../../src/lib/inventory/tasks';

const utf8 = (s: string) => new TextEncoder().encode(s);
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

describe('exportCsv と csvFileName', () => {
  it('工夫は「 / 」でつないで1つの欄にする', () => {
    const row = { task: { id: 'a', name: '議事録', unit: '', memo: '', override: '' }, suggested: 'lv1' as const, adopted: 'lv1' as const, basis: '', reason: '', note: '', tips: ['電子化', '切り分け'] };
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

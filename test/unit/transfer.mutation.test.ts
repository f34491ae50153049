/**
 * The edges of moving progress between browsers (src/lib/transfer.ts): the 1 MB limit counted in
 * UTF-8 bytes and inclusive, the restore code's base64url for every padding length, a code with
 * the right checksum but unreadable bytes, and the file name's clean-up.
 */
import { describe, expect, it } from 'vitest';
import { decodeCode, encodeCode, importState, summarize } from '../../src/lib/transfer';
import { exportFileName, exportState } from '../../src/lib/state-file';
import { checksum } from '../../src/lib/checksum';
import { emptyState, MAX_IMPORT_BYTES } from '../../src/lib/storage';

const NOW = '2026-11-21T09:00:00.000Z';
const named = (name: string) => {
  const s = emptyState(NOW);
  s.profile = { name, department: '', updatedAt: NOW };
  return s;
};

describe('読み込める大きさ（1MBまで）', () => {
  it('ちょうど1MBのファイルは読み込み、1バイトでも超えると大きさを理由に断る', () => {
    const text = exportState(named('〇〇町'), NOW);
    const exact = text + ' '.repeat(MAX_IMPORT_BYTES - new TextEncoder().encode(text).length);
    expect(new TextEncoder().encode(exact).length).toBe(1024 * 1024);
    expect(importState(exact).ok).toBe(true);
    const over = importState(exact + ' ');
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.message).toContain('大きすぎます（1MBまで）');
  });

  it('大きさは文字数でなくバイト数（UTF-8）で数える：日本語50万字は1MBを超える', () => {
    const text = JSON.stringify({ ...named('町'), x: 'あ'.repeat(500_000) });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const r = importState(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('1MB');
  });

  it('先頭以外にある BOM は取り除かない（JSON として読めない）', () => {
    const r = importState(exportState(named('町'), NOW) + '\uFEFF');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('読み取れませんでした');
  });
});

describe('復元コードの符号化', () => {
  it('本文の長さがどの余りでも（パディング0〜2文字）、元の状態に戻る', () => {
    const rests = new Set<number>();
    for (const name of ['', 'a', 'ab', 'abc', 'abcd', '町', '町a']) {
      const code = encodeCode(named(name), NOW);
      const body = code.slice(code.lastIndexOf('-') + 1);
      rests.add(body.length % 4);
      // base64url: URL やメールで崩れない文字だけ、= の詰め物なし
      expect(code).toMatch(/^TWN1-[0-9a-z]{7}-[A-Za-z0-9_-]+$/);
      const r = decodeCode(code);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.state.profile.name).toBe(name);
    }
    expect([...rests].sort()).toEqual([0, 2, 3]);
  });

  it('base64 の + と / にあたる文字（- と _）を含むコードも読める', () => {
    // これらの名前の UTF-8 は、base64 にすると + と / を含む（コードでは - と _）
    let seen = '';
    for (const name of ['\u{FBFF}\u{FBFF}', '?>?>?>', '~~~~~~', '\u{FFFF}\u{3FFF}']) {
      const code = encodeCode(named(name), NOW);
      seen += code.slice(5);
      const r = decodeCode(code);
      expect(r.ok && r.state.profile.name).toBe(name);
    }
    expect(seen).toMatch(/-.*_|_.*-/);
    expect(seen.slice(8)).toMatch(/_/);
  });

  it('「TWN1-」で始まらない文字列は、形式が違うとして貼り直しを求める', () => {
    const code = encodeCode(named('町'), NOW);
    for (const bad of ['hello', code.replace('TWN1-', 'TWN2-'), code.slice(1)]) {
      const r = decodeCode(bad);
      expect(r).toEqual({ ok: false, message: '復元コードの形式が違います。「TWN1-」で始まるコードを、最初から最後まで貼り付けてください。' });
    }
  });

  it('区切りの「-」がないコードは、切れているか書き換わっているとして断る', () => {
    const r = decodeCode(`TWN1-${checksum('abc', 7)}abc`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('途中で切れているか');
  });

  it('チェックサムは合っていても UTF-8 として読めない中身は、読み取れないとして断る', () => {
    const body = '_w'; // 0xff 1バイト
    const r = decodeCode(`TWN1-${checksum(body, 7)}-${body}`);
    expect(r).toEqual({ ok: false, message: '復元コードを読み取れませんでした。' });
  });

  it('チェックサムも中身も合っていれば、中身はファイルと同じ検査を受ける', () => {
    const body = Buffer.from('{"hello":"world"}').toString('base64url');
    const r = decodeCode(`TWN1-${checksum(body, 7)}-${body}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('何も変更していません');
  });
});

describe('書き出しファイルの名前と概要', () => {
  it('ファイル名に使えない文字と空白を除き、団体名は30文字まで', () => {
    expect(exportFileName(named('〇〇町 総務課/情報:係*?"<>|\\'), '2026-11-21')).toBe('テレワーク推進ナビ_進捗_〇〇町総務課情報係_2026-11-21.json');
    const long = 'あ'.repeat(40);
    expect(exportFileName(named(long), '2026-11-21')).toBe(`テレワーク推進ナビ_進捗_${'あ'.repeat(30)}_2026-11-21.json`);
    expect(exportFileName(named(' / '), '2026-11-21')).toBe('テレワーク推進ナビ_進捗_2026-11-21.json');
  });

  it('概要は完了と進行中を分けて数え、未着手は数えない', () => {
    const s = named('町');
    const step = { checked: [], owner: '', due: '', memo: '', updatedAt: NOW };
    s.tracker.steps['step-01'] = { ...step, status: '完了' };
    s.tracker.steps['step-02'] = { ...step, status: '完了' };
    s.tracker.steps['step-03'] = { ...step, status: '進行中' };
    s.tracker.steps['step-04'] = { ...step, status: '未着手' };
    expect(summarize(s)).toMatchObject({ stepsDone: 2, stepsStarted: 1 });
  });
});

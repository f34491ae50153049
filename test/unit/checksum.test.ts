/**
 * The one checksum (src/lib/checksum.ts): FNV-1a 32 bit in base 36, shared by the diagnosis share
 * link (unpadded) and the restore code / backup keys (7 characters). Both formats are in users'
 * hands, so the values must not change.
 */
import { describe, expect, it } from 'vitest';
import { checksum } from '../../src/lib/checksum';
import { checksum as shareChecksum } from '../../src/lib/diagnosis/share';

// ── formerly checksum.mutation.test.ts
{
describe('チェックサム（FNV-1a 32ビット、36進数）', () => {
  it('既知の値（FNV-1a の公開テストベクトル）と一致する', () => {
    expect(checksum('')).toBe((0x811c9dc5).toString(36));
    expect(checksum('a')).toBe((0xe40c292c).toString(36));
    expect(checksum('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('指定した桁数に満たないときは先頭を 0 で埋め、長いときは切らない', () => {
    // 0x00000000 にはならないので、短い値は桁数指定で確かめる
    expect(checksum('a', 12)).toBe((0xe40c292c).toString(36).padStart(12, '0'));
    expect(checksum('a', 12)).toHaveLength(12);
    expect(checksum('a', 12).startsWith('00')).toBe(true);
    expect(checksum('foobar', 1)).toBe((0xbf9cf968).toString(36));
  });

  it('1文字違えば値が変わり、日本語（UTF-16 の符号単位）も区別する', () => {
    expect(checksum('共有リンク')).not.toBe(checksum('共有リンカ'));
    expect(checksum('ab')).not.toBe(checksum('ba'));
  });

  it('診断の共有リンクは同じ関数（桁埋めなし）を使う', () => {
    expect(shareChecksum).toBe(checksum);
  });
});
}

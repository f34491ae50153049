/**
 * The share link format (src/lib/diagnosis/share.ts) on a hand-made question set: the checksum is
 * FNV-1a, the payload lists answers by permanent number, and a link with anything after its
 * payload, or an unreadable profile code, is handled as the format says.
 */
import { describe, expect, it } from 'vitest';
import { checksum, decodeShare, encodeShare } from '../../../src/lib/diagnosis/share';
import type { Answers, AboutAnswers, AboutQuestion, DQuestion } from '../../../src/lib/diagnosis/types';
import { about, all, questions } from '../support/diagnosis-fixture';

{
const sampleAnswers: Answers = { ...all('partial'), leadership: 'yes', security: 'no', review: 'unknown' };
const sampleAbout: AboutAnswers = { kind: 'municipality', size: 'up-to-100', status: 'not-yet', concerns: ['security', 'cost'] };

describe('共有リンク（URLのフラグメント）', () => {
  it('往復: 回答とプロフィールがそのまま戻る', () => {
    const frag = encodeShare(questions, about, sampleAnswers, sampleAbout);
    const r = decodeShare('#' + frag, questions, about);
    expect(r).toEqual({ kind: 'ok', answers: sampleAnswers, about: sampleAbout, ignored: 0 });
  });
  it('往復: 全問「わからない」、回答なし、プロフィールのみも戻る', () => {
    for (const [a, p] of [[all('unknown'), {}], [{}, {}], [{}, { kind: 'prefecture' }]] as [Answers, AboutAnswers][]) {
      const r = decodeShare(encodeShare(questions, about, a, p), questions, about);
      expect(r).toMatchObject({ kind: 'ok', answers: a, about: p });
    }
  });
  it('短い: 25問とプロフィールで100文字以内', () => {
    const frag = encodeShare(questions, about, sampleAnswers, sampleAbout);
    expect(frag.length).toBeLessThanOrEqual(100);
    expect(frag).toMatch(/^d=1\.[0-9a-z]+\.[0-9a-zA-Z]+$/);
  });
  it('共有の指定がないフラグメントは none', () => {
    expect(decodeShare('', questions, about).kind).toBe('none');
    expect(decodeShare('#main', questions, about).kind).toBe('none');
  });
  it.each([
    ['1文字書き換えたリンク', (f: string) => f.replace(/1y/, '1n')],
    ['途中で切れたリンク', (f: string) => f.slice(0, -6)],
    ['チェックサムを消したリンク', (f: string) => f.replace(/^d=1\.[0-9a-z]+\./, 'd=1..')],
    ['区切りが足りないリンク', () => 'd=1.abc'],
    ['読めない文字を含むリンク（チェックサムは合わせてある）', () => `d=1.${checksum('1.1y!!')}.1y!!`],
    ['壊れたパーセントエンコード', () => 'd=%E0%A4%A'],
  ])('改ざん: %sは、はっきりしたメッセージで拒否する', (_, edit) => {
    const frag = edit(encodeShare(questions, about, sampleAnswers, sampleAbout));
    const r = decodeShare(frag, questions, about);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(/共有リンク/);
  });
  it('別の版のリンクは、版を示して拒否する', () => {
    const r = decodeShare(`d=9.${checksum('9.1y')}.1y`, questions, about);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(/版9/);
  });
  it('古い設問セットのリンク: 今はない設問番号は無視し、件数を知らせる', () => {
    const payload = '1y99n2p';
    const r = decodeShare(`d=1.${checksum(`1.${payload}`)}.${payload}`, questions, about);
    expect(r).toMatchObject({ kind: 'ok', answers: { leadership: 'yes', 'project-team': 'partial' }, ignored: 1 });
    if (r.kind === 'ok') expect(r.note).toMatch(/1件/);
  });
  it('今はないプロフィールの選択肢も無視して知らせる', () => {
    const payload = 'KzTaZq';
    const r = decodeShare(`d=1.${checksum(`1.${payload}`)}.${payload}`, questions, about);
    expect(r).toMatchObject({ kind: 'ok', about: { status: 'not-yet' }, ignored: 2 });
  });
});
}

{
const q = (id: string, n: number): DQuestion => ({ id, n, area: 'a', text: id, why: '', step: 1, essential: false, action: '', href: '/x/', hrefLabel: 'x', sourceLabel: 's' });
const questions = [q('second', 2), q('tenth', 10), q('first', 1)];
const kind: AboutQuestion = { id: 'kind', code: 'K', label: '種類', multiple: false, options: [{ code: 'a', value: 'pref', label: '都道府県' }, { code: 'b', value: 'muni', label: '市区町村' }] };
const concerns: AboutQuestion = { id: 'concerns', code: 'C', label: '懸念', multiple: true, options: [{ code: 'a', value: 'cost', label: '費用' }, { code: 'b', value: 'security', label: '安全' }] };
const payloadOf = (fragment: string) => fragment.split('.').slice(2).join('.');

describe('共有リンクの形式', () => {
  it('チェックサムは FNV-1a（32ビット）を36進数で表したもの', () => {
    expect(checksum('')).toBe((0x811c9dc5).toString(36));
    expect(checksum('a')).toBe((0xe40c292c).toString(36));
    expect(checksum('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('回答は内容の順でなく設問番号の順に並べ、回答でない値は書かない', () => {
    const answers = { tenth: 'no', first: 'yes', second: 'maybe' } as unknown as Answers;
    expect(payloadOf(encodeShare(questions, [], answers, {}))).toBe('1y10n');
  });

  it('プロフィールは質問の大文字の記号と選択肢の小文字の記号（1つの値でも複数でも）', () => {
    const f = encodeShare([], [kind, concerns], {}, { kind: 'muni', concerns: ['security', 'cost'] });
    expect(payloadOf(f)).toBe('KbCab');
    expect(payloadOf(encodeShare([], [kind, concerns], {}, { kind: '', concerns: [] }))).toBe('');
  });

  it('値の後ろに「.」で何かが付いたリンクは書き換えとして拒否し、前後の空白は許す', () => {
    const f = encodeShare(questions, [kind], { first: 'yes' }, { kind: 'pref' });
    expect(decodeShare(`#${f}.x`, questions, [kind]).kind).toBe('error');
    const ok = decodeShare(`#${f}%20`, questions, [kind]);
    expect(ok).toMatchObject({ kind: 'ok', answers: { first: 'yes' }, about: { kind: 'pref' } });
  });

  it('選択肢の記号がどれも今はないプロフィールは、値を入れずに件数だけ数える', () => {
    const payload = 'KzC';
    const r = decodeShare(`d=1.${checksum(`1.${payload}`)}.${payload}`, [], [kind, concerns]);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(Object.keys(r.about)).toEqual([]);
    expect(r.ignored).toBe(1);
  });
});
}

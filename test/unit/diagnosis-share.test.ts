import { describe, expect, it } from 'vitest';
import { checksum, decodeShare, encodeShare } from '../../src/lib/diagnosis/share';
import type { Answers, AboutAnswers } from '../../src/lib/diagnosis/types';
import { about, all, questions } from './diagnosis-fixture';

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

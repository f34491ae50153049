import { describe, expect, it } from 'vitest';
import { checksum, decodeShare, encodeShare } from '../../src/lib/diagnosis/share';
import { reconcile } from '../../src/lib/diagnosis/reconcile';
import type { Answers, ProfileAnswers } from '../../src/lib/diagnosis/types';
import { all, profile, questions } from './diagnosis-fixture';

const sampleAnswers: Answers = { ...all('partial'), leadership: 'yes', security: 'no', review: 'unknown' };
const sampleProfile: ProfileAnswers = { kind: 'municipality', size: 'up-to-100', status: 'not-yet', concerns: ['security', 'cost'] };

describe('共有リンク（URLのフラグメント）', () => {
  it('往復: 回答とプロフィールがそのまま戻る', () => {
    const frag = encodeShare(questions, profile, sampleAnswers, sampleProfile);
    const r = decodeShare('#' + frag, questions, profile);
    expect(r).toEqual({ kind: 'ok', answers: sampleAnswers, profile: sampleProfile, ignored: 0 });
  });
  it('往復: 全問「わからない」、回答なし、プロフィールのみも戻る', () => {
    for (const [a, p] of [[all('unknown'), {}], [{}, {}], [{}, { kind: 'prefecture' }]] as [Answers, ProfileAnswers][]) {
      const r = decodeShare(encodeShare(questions, profile, a, p), questions, profile);
      expect(r).toMatchObject({ kind: 'ok', answers: a, profile: p });
    }
  });
  it('短い: 25問とプロフィールで100文字以内', () => {
    const frag = encodeShare(questions, profile, sampleAnswers, sampleProfile);
    expect(frag.length).toBeLessThanOrEqual(100);
    expect(frag).toMatch(/^d=1\.[0-9a-z]+\.[0-9a-zA-Z]+$/);
  });
  it('共有の指定がないフラグメントは none', () => {
    expect(decodeShare('', questions, profile).kind).toBe('none');
    expect(decodeShare('#main', questions, profile).kind).toBe('none');
  });
  it.each([
    ['1文字書き換えたリンク', (f: string) => f.replace(/1y/, '1n')],
    ['途中で切れたリンク', (f: string) => f.slice(0, -6)],
    ['チェックサムを消したリンク', (f: string) => f.replace(/^d=1\.[0-9a-z]+\./, 'd=1..')],
    ['区切りが足りないリンク', () => 'd=1.abc'],
    ['読めない文字を含むリンク（チェックサムは合わせてある）', () => `d=1.${checksum('1.1y!!')}.1y!!`],
    ['壊れたパーセントエンコード', () => 'd=%E0%A4%A'],
  ])('改ざん: %sは、はっきりしたメッセージで拒否する', (_, edit) => {
    const frag = edit(encodeShare(questions, profile, sampleAnswers, sampleProfile));
    const r = decodeShare(frag, questions, profile);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(/共有リンク/);
  });
  it('別の版のリンクは、版を示して拒否する', () => {
    const r = decodeShare(`d=9.${checksum('9.1y')}.1y`, questions, profile);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(/版9/);
  });
  it('古い設問セットのリンク: 今はない設問番号は無視し、件数を知らせる', () => {
    const payload = '1y99n2p';
    const r = decodeShare(`d=1.${checksum(`1.${payload}`)}.${payload}`, questions, profile);
    expect(r).toMatchObject({ kind: 'ok', answers: { leadership: 'yes', 'project-team': 'partial' }, ignored: 1 });
    if (r.kind === 'ok') expect(r.note).toMatch(/1件/);
  });
  it('今はないプロフィールの選択肢も無視して知らせる', () => {
    const payload = 'KzTaZq';
    const r = decodeShare(`d=1.${checksum(`1.${payload}`)}.${payload}`, questions, profile);
    expect(r).toMatchObject({ kind: 'ok', profile: { status: 'not-yet' }, ignored: 2 });
  });
});

describe('保存された回答と現在の設問の照合', () => {
  it('現在の設問にない回答は集計から外し、件数を知らせる（保存データは消さない）', () => {
    const r = reconcile(questions, profile, { leadership: 'yes', 'old-question': 'no', security: 'bogus' }, { kind: 'municipality', concerns: ['cost', 'gone'], removed: 'x' });
    expect(r.answers).toEqual({ leadership: 'yes' });
    expect(r.profile).toEqual({ kind: 'municipality', concerns: ['cost'] });
    expect(r.ignored.sort()).toEqual(['concerns', 'old-question', 'removed', 'security']);
    expect(r.note).toMatch(/4件/);
  });
  it('すべて分かる回答なら note はない', () => {
    const r = reconcile(questions, profile, { leadership: 'yes' }, { status: 'trial' });
    expect(r.note).toBeUndefined();
    expect(r.ignored).toEqual([]);
  });
});

/**
 * The one-line citation (src/lib/sources.ts) in full: the publisher shortened to 総務省 even
 * for the notice's long office name, and no stray spaces when the page or section is missing.
 */
import { describe, expect, it } from 'vitest';
import { citeSource, SOURCES } from '../../src/lib/sources';

// ── formerly sources.test.ts
{
describe('出典の表記', () => {
  it('手引きのスライドと節を示す', () => {
    expect(citeSource({ doc: 'guide', pages: 'スライド4', section: 'Ⅲ．ステップ1 推進体制の構築' })).toBe(
      '出典：総務省「地方公共団体におけるテレワーク推進のための手引き」（令和3年（2021年）4月）スライド4 「Ⅲ．ステップ1 推進体制の構築」',
    );
  });
  it('通知は発出時期とともに示し、本文に日付がないため推定であることを明示する', () => {
    expect(citeSource({ doc: 'notice', pages: '記3（2）' })).toContain('「地方公共団体におけるテレワークの推進について」（令和4年（2022年）初め〔推定〕）記3（2）');
    expect(SOURCES.notice.dateNote).toMatch(/発出日の記載がありません/);
    // the estimate's grounds are in the notice itself; no publication date that neither source gives
    expect(SOURCES.notice.dateNote).toMatch(/令和3年（2021年）10月1日現在/);
    expect(SOURCES.notice.dateNote).not.toMatch(/12月24日|公表されました/);
  });
  it('手引きの原文URLは総務省のPDF', () => {
    expect(SOURCES.guide.url).toBe('https://www.soumu.go.jp/main_content/000746987.pdf');
  });
});
}

// ── formerly sources.mutation.test.ts
{
describe('citeSource：出典の1行', () => {
  it('通知の発出元は部署名まで書かず「総務省」とする', () => {
    expect(citeSource({ doc: 'notice', pages: '記3（2）' })).toBe(
      '出典：総務省「地方公共団体におけるテレワークの推進について」（令和4年（2022年）初め〔推定〕）記3（2）',
    );
  });

  it('節だけのときは空白を置かずに節を続ける', () => {
    expect(citeSource({ doc: 'guide', pages: '', section: 'Ⅳ．業務のレベル分け' } as never)).toBe(
      '出典：総務省「地方公共団体におけるテレワーク推進のための手引き」（令和3年（2021年）4月）「Ⅳ．業務のレベル分け」',
    );
  });

  it('節がないときは末尾に空白を残さない（別添1の調査時点も示す）', () => {
    expect(citeSource({ doc: 'annex1', pages: '1ページ' })).toBe(
      '出典：総務省「地方公共団体におけるテレワークの取組状況調査結果のポイント（通知「地方公共団体におけるテレワークの推進について」別添1）」（令和3年（2021年）10月1日現在）1ページ',
    );
  });
});
}

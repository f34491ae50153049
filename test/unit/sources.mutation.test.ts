/**
 * The one-line citation (src/lib/sources.ts) in full: the publisher shortened to 総務省 even
 * for the notice's long office name, and no stray spaces when the page or section is missing.
 */
import { describe, expect, it } from 'vitest';
import { citeSource } from '../../src/lib/sources';

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

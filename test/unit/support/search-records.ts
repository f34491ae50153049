/**
 * Hand-made search records the search tests share (each test builds its search from them):
 * `SAMPLE_RECORDS`, a few pages and sections of the site; `TERM_RECORDS` with `TERM_LIST`, the
 * records and synonym groups for the search-terms cases (`TERM_INDEX` both as one index); and
 * `show`, which prints an excerpt with its highlights in [brackets].
 */
import { searchTermEntries } from '../../../src/lib/search/build';
import type { SearchIndex, SearchRecord, SnippetPart } from '../../../src/lib/search/types';

export const show = (parts: SnippetPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

export const SAMPLE_RECORDS: SearchRecord[] = [
  { t: 'ステップ4　試行', p: '10ステップ', u: '/steps/4/', x: '部署や対象者、期間を限定して試行導入します。管理職も実施します。' },
  { t: '試行実施（ステップ2〜5）', p: '手引き › Ⅱ', u: '/guide/process/#試行実施ステップ25', x: 'ステップ2 ステップ3' },
  { t: 'LGWAN', p: '用語集', u: '/glossary/#lgwan', k: 'えるじーわん 総合行政ネットワーク', x: '総合行政ネットワークの略称です。' },
  { t: 'LGWAN接続系', p: '用語集', u: '/glossary/#lgwan-connected', k: 'えるじーわんせつぞくけい', x: 'LGWANに接続し、庁内の内部事務などに使う系統です。' },
  { t: '在席確認・勤務状況の把握方法と特徴', p: '手引き › Ⅴ', u: '/guide/labor-management/#x', x: 'プレゼンス機能で在席を確認します。' },
  { t: 'テレワークマネージャー相談事業', p: '国の支援策', u: '/support/telework-manager/', x: '専門家が無料でアドバイスします。' },
  { t: '推進方針に盛り込むべきポイント', p: '10ステップ › ステップ8', u: '/steps/8/#example-table', x: '予算措置、規程の整備、運用の見直し' },
];

export const TERM_RECORDS: SearchRecord[] = [
  { t: '自治体テレワーク推進実証実験', p: '国の支援策', u: '/support/lgwan-pilot/', x: '自宅の端末から庁内のLGWAN接続系端末へリモートアクセスを可能とする実証実験です。' },
  { t: 'テレワーク導入経費に係る特別交付税措置', p: '国の支援策', u: '/support/special-grant/', x: '職員向けテレワークの導入に係る経費について、特別交付税措置（措置率0.5）が講じられています。' },
  { t: 'ステップ8　当面の推進方針決定', p: '10ステップ', u: '/steps/8/', x: '予算措置、規程の整備、運用の見直しを含む推進方針を決めます。' },
  { t: '在席確認・勤務状況の把握方法と特徴', p: '手引き › Ⅴ', u: '/guide/labor-management/#zaiseki', x: 'プレゼンス機能やWeb会議で在席を確認します。' },
  { t: '窓口業務や相談業務などがテレワークになじまない', p: 'データ', u: '/data/#counter-work', x: '周辺業務を集約してテレワークの対象とします。' },
  { t: '現場業務はテレワークになじまない', p: 'データ', u: '/data/#field-work', x: 'モバイル端末の活用で効率化できます。' },
  { t: 'リモートアクセス', p: '用語集', u: '/glossary/#remote-access', k: 'りもーとあくせす', x: '庁舎の外から庁内のシステムに接続して使うことです。手引きは実証実験を紹介しています。', n: '庁舎の外から庁内のシステムに接続して使うことです。'.length },
  { t: 'Web会議', p: '用語集', u: '/glossary/#web-meeting', k: 'うぇぶかいぎ オンライン会議', x: 'インターネットを通じて行う会議です。', n: 'インターネットを通じて行う会議です。'.length },
  { t: 'Web会議の活用', p: '手引き › Ⅴ', u: '/guide/labor-management/#web', x: 'Web会議ツールを用いて、オンラインで会議を行う取組です。' },
];

export const TERM_LIST = searchTermEntries([
  { kind: 'related', words: ['VPN'], related: ['リモートアクセス'] },
  { kind: 'related', words: ['予算', '財源'], related: ['経費', '交付税'] },
  { kind: 'related', words: ['規程', '規則', '要綱'] },
  { kind: 'related', words: ['無理', 'できない'], related: ['なじまない'] },
  { kind: 'same', words: ['在席確認', '在籍確認'] },
]);

export const TERM_INDEX: SearchIndex = { records: TERM_RECORDS, terms: TERM_LIST };

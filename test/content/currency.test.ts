/**
 * Issue 16: the fact check's defects stay fixed, the notice's missing items are present, and the
 * later figures (content/later-figures.yaml) hold their sums and match sources/later-figures.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LaterFiguresSchema } from '../../src/schemas/later-figures';
import { SOURCES } from '../../src/lib/sources';
import { itNeeds } from '../support/prerequisites';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const yaml = <T>(p: string) => parse(read(p)) as T;
const sourceDir = new URL('sources/', root);
const hasSources = existsSync(new URL('later-figures.md', sourceDir));
const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

type Answer = { title?: string; text: string; source: { doc: string } };
const concerns = yaml<Array<{ id: string; lead: string; answers: Answer[] }>>('content/concerns.yaml');
const concern = (id: string) => concerns.find((c) => c.id === id)!;

describe('ファクトチェックの指摘（issue 16 の表）が直っている', () => {
  it('コスト：LGWAN接続系の実証実験は「公募で選ばれた794団体」に無償で、令和4年度の追加公募は検討中と見出しで言う', () => {
    const a = concern('cost').answers.find((x) => x.text.includes('794団体'))!;
    expect(a.title).toMatch(/公募/);
    expect(a.title).toMatch(/794団体/);
    expect(a.title).toMatch(/追加公募は検討中/);
    expect(a.title).not.toBe('LGWAN接続系へのリモートアクセスを無償で使える');
    expect(concern('cost').lead).not.toMatch(/無償・無料で使える/);
  });

  it('個人情報：サテライトオフィスの助言に手引きの条件「使用できるシステムがある場合は」を付ける', () => {
    const c = concern('personal-info');
    const lv4 = c.answers.find((x) => x.text.includes('個人番号利用事務系'))!;
    expect(lv4.text).toContain('サテライトオフィスであれば使用できるシステムがある場合は');
    expect(lv4.title).toMatch(/使用できるシステムがある場合/);
    expect(c.lead).toContain('サテライトオフィスであれば使用できるシステムがある場合は');
  });

  it('ステップ6：特別交付税措置は本文で「令和4年度」も引き続き措置と言う（令和3年度の「継続予定」は過去形）', () => {
    const s = read('content/steps/step-06.mdx');
    expect(s).toMatch(/令和4年度についても、引き続き、特別交付税措置（措置率0\.5）を講ずることとしている/);
    expect(s).not.toMatch(/令和3年度も継続予定としています/);
  });

  it('テレワークマネージャー：「令和2年度から実施」と書かず、「令和2年度〜」は手引きの実施概要の見出しのまま示す（どちらの資料にもない「開始年度ではない」も書かない）', () => {
    const s = read('content/programs/telework-manager.mdx');
    expect(s).not.toMatch(/令和2年度（2020年度）から実施/);
    expect(s).toMatch(/period: 手引きは実施概要を「＜実施概要（令和2年度〜）＞」として示しています。/);
    expect(s).not.toMatch(/開始年度を示すものではありません/);
  });

  it('自己診断 n1・n17：引用した箇所（スライド4・8）が支える文言で、id と番号は変わらない', () => {
    const qs = yaml<Array<{ id: string; n: number; text: string; action: string }>>('content/diagnosis/questions.yaml');
    const n1 = qs.find((q) => q.n === 1)!;
    const n17 = qs.find((q) => q.n === 17)!;
    expect(n1.id).toBe('leadership');
    expect(n17.id).toBe('purpose');
    expect(n1.text).not.toMatch(/推進の意思を庁内に示している/);
    expect(n1.text).toMatch(/リーダーシップと変革への意欲/);
    expect(n1.text).toMatch(/組織の壁を越えた推進体制/);
    expect(n17.text).not.toMatch(/対象者/);
    expect(n17.action).not.toMatch(/対象者/);
    expect(n17.text).toMatch(/導入目的・ねらいを明確に/);
    expect(n17.text).toMatch(/導入する観点を選定/);
  });

  itNeeds({ 'sources/（抽出した原文）': hasSources })('自己診断 n1・n17：新しい文言の要となる語句は手引きの本文にある', () => {
    const guide = nfkc(readFileSync(new URL('guide.txt', sourceDir), 'utf8'));
    for (const phrase of ['強力なリーダーシップ、変革への意欲', '組織の壁を越えた推進体制', '導入目的・ねらいを明確化', 'テレワークを導入する観点を選定']) {
      expect(guide, phrase).toContain(nfkc(phrase));
    }
  });

  it('神戸市（指定都市）を「市区町村の事例」に入れない', () => {
    const s = read('content/chapters/case-studies.mdx');
    const muni = s.slice(s.indexOf('## 市区町村の事例'));
    const city = s.slice(s.indexOf('## 指定都市の事例'), s.indexOf('## 市区町村の事例'));
    expect(s).toContain('## 指定都市の事例');
    expect(city).toContain('/cases/kobe/');
    expect(muni).not.toContain('/cases/kobe/');
  });

  it('Ⅰ章・Ⅴ章：PDF の中身を断定せず「抽出したテキスト」について言う', () => {
    const basics = read('content/chapters/basics.mdx');
    const labor = read('content/chapters/labor-management.mdx');
    expect(basics).not.toContain('手引きのこの章はこの2つの言葉だけでできています');
    expect(basics).toMatch(/抽出したテキスト/);
    expect(labor).not.toMatch(/<td>手引きに記載なし<\/td>/);
    expect(labor).not.toContain('手引きにはこれ以上の具体的な説明はありません');
    expect(labor).toMatch(/抽出したテキスト/);
  });

  it('通知の日付は推定と明示する（本文に日付がない）', () => {
    expect(SOURCES.notice.dateLabel).toMatch(/推定/);
    expect(SOURCES.notice.dateNote).toMatch(/記載がありません/);
  });

  it('データ表：「未導入のうち導入を検討」という列名を使わない（8.5％は1,721団体に対する割合）', () => {
    const table = read('src/components/data/AdoptionTable.astro');
    expect(table).not.toMatch(/未導入のうち導入を検討/);
    expect(table).toMatch(/<th scope="col">導入を検討<\/th>/);
    expect(table).toMatch(/未導入の団体数に対する割合ではありません/);
  });

  it('フッター・このサイトについて：「総務省に問い合わせないで」と「総務省で確認」を並べず、どの問い合わせをどこへ送るかを書く', () => {
    const footer = read('src/components/SiteFooter.astro') + read('src/components/OperatorBlock.astro');
    const about = read('src/pages/about/index.astro');
    expect(footer).not.toContain('内容についての問い合わせを総務省にしないでください');
    expect(about).not.toContain('内容についての問い合わせを総務省や各事業の窓口にしないでください');
    expect(footer).toMatch(/このサイトの表示・誤り・使い方について/);
    expect(footer).toMatch(/手引き・通知の内容そのものや、国の支援策の実施状況・申込みについて：総務省および各事業の窓口へ/);
  });
});

describe('通知の欠けていた内容がある', () => {
  it('記2の2つ目の依頼（既に導入している団体も、より多くの職員が実施できる環境の整備を）がデータとホームにある', () => {
    for (const page of ['src/pages/data/index.astro', 'src/pages/index.astro']) {
      expect(read(page), page).toMatch(/既に導入している団体においても、より多くの職員がテレワークを実施できる環境の整備/);
    }
  });

  it('前文：以前の通知（令和2年4月7日付け総行女第13号・総情流第30号）、法的根拠（技術的助言）、都道府県への周知の依頼', () => {
    const about = read('src/pages/about/index.astro');
    expect(about).toContain('令和2年（2020年）4月7日付け総行女第13号・総情流第30号');
    expect(about).toContain('地方公務員法第59条（技術的助言）及び地方自治法第245条の4（技術的助言）');
    expect(about).toMatch(/各都道府県には、都道府県内の市区町村等に対してもこの旨を周知/);
  });

  it('記3（1）：手引きは令和3年4月に先進事例を踏まえ、10の手順ごとに、団体から寄せられた課題を踏まえて作られた', () => {
    for (const page of ['content/chapters/basics.mdx', 'src/pages/about/index.astro']) {
      const s = read(page);
      expect(s, page).toMatch(/令和3年(（2021年）)?4月に「?先進事例を踏まえた導入の手順や活用のノウハウをとりまとめた/);
      expect(s, page).toContain('地方公共団体から寄せられた、テレワークにおける業務上・労務管理上の課題を踏まえ、テレワーク導入に向けた10の手順（ステップ）ごとの実施事項や検討のポイント等を整理したもの');
    }
  });

  itNeeds({ 'sources/（抽出した原文）': hasSources })('前文と記3（1）の引用は通知の本文にある', () => {
    const notice = nfkc(readFileSync(new URL('notice.txt', sourceDir), 'utf8'));
    for (const phrase of [
      '総行女第13号・総情流第30号',
      '地方公務員法第59条（技術的助言）及び地方自治法第245条の4（技術的助言）に基づくもの',
      '貴都道府県内の市区町村等に対してもこの旨周知',
      '先進事例を踏まえた導入の手順や活用のノウハウをとりまとめた',
      '地方公共団体から寄せられた、テレワークにおける業務上・労務管理上の課題を踏まえ、テレワーク導入に向けた10の手順（ステップ）ごとの実施事項や検討のポイント等を整理したもの',
      'また、既に導入している団体においても、より多くの職員がテレワークを実施できる環境の整備についてご検討いただきたいこと',
    ]) {
      expect(notice, phrase).toContain(nfkc(phrase));
    }
  });

  it('支援策のページの冒頭に、通知が書いているのは令和3年度に行っていることと令和4年度の予定だと示し、窓口での確認を求める（「令和4年度時点の情報」とは言わない）', () => {
    const s = read('src/components/support/ConfirmNotice.astro');
    expect(s).toContain('通知が書いている、令和3年度に行っていること（「実施している」）と令和4年度の予定（「講ずることとしている」「検討中」）による情報です。現在の実施状況は各窓口で確認してください。');
    expect(s).not.toContain('令和4年度時点の情報です');
    for (const page of ['src/pages/support/index.astro', 'src/pages/support/[id].astro']) {
      const s = read(page);
      expect(s.indexOf('<ConfirmNotice'), page).toBeGreaterThan(0);
      expect(s.indexOf('<ConfirmNotice'), `${page}: 本文の最初に置く`).toBeLessThan(s.indexOf('<p class="lead">'));
    }
  });
});

describe('その後の推移（content/later-figures.yaml）', () => {
  const entries = yaml<Array<{ id: string } & Record<string, unknown>>>('content/later-figures.yaml');
  const data = LaterFiguresSchema.parse(entries.find((e) => e.id === 'adoption-series'));

  it('令和2年 406（22.7%）→ 令和3年 916（51.2%）→ 令和4年 1,150（64.3%）、令和4年の市区町村 1,083（62.9%）', () => {
    expect(data.series.map((p) => [p.asOf, p.adopted, p.percent])).toEqual([
      ['2020-10-01', 406, 22.7],
      ['2021-10-01', 916, 51.2],
      ['2022-10-01', 1150, 64.3],
    ]);
    const r4 = data.series[2]!;
    expect([r4.municipalities, r4.municipalityPercent]).toEqual([1083, 62.9]);
    expect(data.totalBodies).toBe(1788);
    expect(data.municipalityBodies).toBe(1721);
  });

  it('和と割合が成り立つ（都道府県＋指定都市＋市区町村＝導入団体、件数÷母数＝割合）', () => {
    for (const p of data.series) {
      expect(p.prefectures + p.designatedCities + p.municipalities).toBe(p.adopted);
      expect(Math.round((p.adopted / data.totalBodies) * 1000) / 10).toBe(p.percent);
    }
    expect(() => LaterFiguresSchema.parse({ ...data, series: data.series.map((p, i) => (i === 2 ? { ...p, adopted: 1151 } : p)) })).toThrow(/一致しません/);
    expect(() => LaterFiguresSchema.parse({ ...data, series: data.series.map((p, i) => (i === 2 ? { ...p, municipalityPercent: 63.0 } : p)) })).toThrow(/62\.9/);
  });

  it('令和2年・令和3年は別添1（content/survey.yaml）の数値と一致し、別添1の表には令和4年を混ぜない', () => {
    const survey = yaml<Array<{ id: string; asOf?: string; rows?: Array<{ id: string; adopted: { count: number; prevCount: number } }> }>>('content/survey.yaml');
    const adoption = survey.find((t) => t.id === 'adoption')!;
    const row = (id: string) => adoption.rows!.find((r) => r.id === id)!.adopted;
    const [r2, r3] = data.series;
    expect([r2!.prefectures, r2!.designatedCities, r2!.municipalities]).toEqual([row('prefectures').prevCount, row('designated-cities').prevCount, row('municipalities').prevCount]);
    expect([r3!.prefectures, r3!.designatedCities, r3!.municipalities]).toEqual([row('prefectures').count, row('designated-cities').count, row('municipalities').count]);
    expect(read('content/survey.yaml')).not.toMatch(/1,?150|1,?083|2022-10-01/);
  });

  it('独自の出典（令和4年10月1日現在の取組状況調査、公表と報道）を持ち、職員数別の内訳は作らない', () => {
    expect(data.source.asOf).toBe('2022-10-01');
    expect(data.source.title).toBe('地方公共団体におけるテレワークの取組状況調査');
    expect(data.source.via).toMatch(/共同通信/);
    expect(data.notKnown.join('')).toMatch(/令和3年10月1日現在/);
    expect(JSON.stringify(entries)).not.toMatch(/100名以下"?\s*:\s*\d/);
  });

  itNeeds({ 'sources/（抽出した原文）': hasSources })('数値は sources/later-figures.md のとおり', () => {
    const md = readFileSync(new URL('later-figures.md', sourceDir), 'utf8');
    expect(md).toContain('**1,150団体 (64.3%)**');
    expect(md).toContain('**1,083団体 (62.9%)**');
    expect(md).toMatch(/\| 令和2年 \(2020\) \| 406 \| 22\.7% \|/);
    expect(md).toMatch(/\| 令和3年 \(2021\) \| 916 \| 51\.2% \|/);
    expect(md).toMatch(/\| 令和4年 \(2022\) \| 1,150 \| 64\.3% \|/);
    expect(md).toContain('2023年1月24日');
  });
});

/**
 * The one list of the site's fixed pages (routes). The menu (SiteHeader), the search index's
 * page records (search/build.ts), the 「最終更新」 sources (page-sources.ts) and the build's
 * completeness check (src/plugins/sitemap.mjs: a listed page missing from the build fails it)
 * are all derived from it; test/unit/routes.test.ts fails when a page file under src/pages has no
 * entry here, or an entry has no page file. Pages made per content entry ([id].astro) are listed
 * in page-sources.ts's DYNAMIC, since their paths come from the collections.
 */

/** A fixed page of the site. */
export interface Route {
  /** Site path, with its trailing slash ("/steps/plan/") */
  path: string;
  /** The page's name as the menu and the search show it */
  title: string;
  /** In the main menu: its label, the top-level sections it stands for, and its place */
  menu?: { label: string; sections: string[]; order: number };
  /** In the search index as a page of its own: where it sits, words to find it by, a one-line description */
  search?: { keywords?: string; text: string };
  /** Content files and folders the page renders (for its 「最終更新」 date) */
  content: string[];
}

/** Every fixed page, in the site's order. */
export const ROUTES: readonly Route[] = [
  { path: '/', title: 'ホーム', content: ['content/survey.yaml', 'content/later-figures.yaml'] },
  {
    path: '/guide/', title: '手引きを読む', menu: { label: '手引き', sections: ['guide', 'levels', 'glossary'], order: 1 },
    search: { keywords: '目次 章', text: '手引きの各章（意義と3つの形態、Ⅰ〜Ⅵ）の一覧。' }, content: ['content/chapters/'],
  },
  { path: '/levels/', title: '業務のレベル分け', content: ['content/chapters/task-levels.mdx', 'content/levels.yaml'] },
  {
    path: '/steps/', title: '10ステップ', menu: { label: '10ステップ', sections: ['steps'], order: 2 },
    search: { keywords: '導入ステップ 進め方 進捗', text: 'テレワーク導入の10ステップの一覧と、取組の進み具合の記録。推進体制、試行実施、本格実施。' },
    content: ['content/steps/', 'content/checklists/'],
  },
  {
    path: '/steps/plan/', title: '導入工程表', menu: { label: '導入工程表', sections: [], order: 3 },
    search: { keywords: '工程表 スケジュール ガントチャート 計画 印刷', text: '取組の開始月と本格実施の月から、10ステップを月ごとの工程表にします。A4横1枚で印刷できます。' },
    content: ['content/steps/'],
  },
  {
    path: '/diagnosis/', title: '自己診断', menu: { label: '自己診断', sections: ['diagnosis'], order: 4 },
    search: { keywords: '診断 セルフチェック', text: '自分の団体のテレワーク導入の状況を診断し、次に取り組むことを確かめます。' },
    content: ['content/diagnosis/', 'content/concerns.yaml', 'content/survey.yaml', 'content/later-figures.yaml'],
  },
  {
    path: '/diagnosis/paper/', title: '自己診断（紙で回答する版）',
    search: { keywords: '診断 紙 印刷 手で採点', text: '自己診断を紙に印刷して回答し、手で採点するための版。' },
    content: ['content/diagnosis/', 'content/survey.yaml'],
  },
  {
    path: '/inventory/', title: '業務の棚卸し', menu: { label: '業務の棚卸し', sections: ['inventory'], order: 5 },
    search: { keywords: '棚卸 業務の洗い出し レベル分け', text: '担当している業務を書き出し、テレワークの対象にできるかをレベル分けで整理します。' },
    content: ['content/levels.yaml'],
  },
  {
    path: '/pack/', title: '決裁パック', menu: { label: '決裁パック', sections: ['pack'], order: 6 },
    search: { keywords: '決裁 起案 伺い 決裁欄 庁議 添付 印刷 資料 Word ワード Excel エクセル', text: '首長の決裁を受ける起案（件名・趣旨・決裁を求める事項・経費と財源・今後の予定・決裁欄）に、自己診断の結果・導入工程表・10ステップの進捗・業務の棚卸しを添付してA4で印刷し、Wordでも保存します。' },
    content: ['content/diagnosis/', 'content/concerns.yaml', 'content/survey.yaml', 'content/later-figures.yaml', 'content/steps/', 'content/checklists/', 'content/levels.yaml', 'content/programs/'],
  },
  {
    path: '/cases/', title: '取組事例', menu: { label: '事例', sections: ['cases'], order: 7 },
    search: { keywords: '事例 先進事例', text: '手引きが紹介する8つの取組事例の一覧。形態、団体の種類、テーマで探せます。' }, content: ['content/cases/'],
  },
  {
    path: '/support/', title: '国の支援策', menu: { label: '支援策', sections: ['support'], order: 8 },
    search: { keywords: '支援 補助', text: 'テレワークマネージャー相談事業、特別交付税措置、自治体テレワーク推進実証実験、説明会。' }, content: ['content/programs/'],
  },
  {
    path: '/data/', title: 'データ：自治体のテレワーク取組状況', menu: { label: 'データ', sections: ['data'], order: 9 },
    search: { keywords: '調査 統計 導入率 取組状況', text: '地方公共団体におけるテレワークの取組状況調査（令和3年10月1日現在）の結果。' },
    content: ['content/survey.yaml', 'content/concerns.yaml', 'content/later-figures.yaml'],
  },
  {
    path: '/checklists/', title: 'チェックリスト', menu: { label: 'チェックリスト', sections: ['checklists'], order: 10 },
    search: { keywords: '印刷 A4', text: '10ステップごとのチェックリストの一覧。印刷して使えます。' }, content: ['content/checklists/'],
  },
  {
    path: '/glossary/', title: '用語集', search: { keywords: '用語 意味', text: '手引きと通知に出てくる用語の説明。' }, content: ['content/glossary.yaml'],
  },
  { path: '/search/', title: 'サイト内検索', content: [] },
  {
    path: '/about/', title: 'このサイトについて', search: { keywords: '出典 非公式', text: 'このサイトの目的、出典、作成方針。' },
    content: ['src/lib/sources.ts', 'src/lib/site-config.ts'],
  },
  {
    path: '/about/accessibility/', title: 'アクセシビリティ',
    search: { keywords: 'ウェブアクセシビリティ JIS X 8341-3 方針 試験結果', text: 'このサイトのウェブアクセシビリティ方針と、達成基準ごとの試験の結果。' },
    content: ['src/data/a11y-checklist.ts'],
  },
  { path: '/404/', title: 'ページが見つかりません', content: [] },
];

/** The main menu's entries, in their order. */
export const menuRoutes = (): (Route & { menu: NonNullable<Route['menu']> })[] =>
  ROUTES.filter((r): r is Route & { menu: NonNullable<Route['menu']> } => r.menu !== undefined).sort((a, b) => a.menu.order - b.menu.order);

/** The template files a fixed route may be built from ("/steps/plan/" → src/pages/steps/plan/index.astro or src/pages/steps/plan.astro). */
export function routeTemplates(path: string): string[] {
  const stem = path.slice(0, -1);
  return [`src/pages${stem}/index.astro`, `src/pages${stem}.astro`];
}

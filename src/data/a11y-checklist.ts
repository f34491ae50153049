/**
 * 達成基準チェックリスト: the result of testing every success criterion of JIS X 8341-3:2016
 * (= WCAG 2.0, levels A and AA: 38 criteria) and, as extra rows, the A/AA criteria added by
 * WCAG 2.1 and 2.2, on every page and tool state. Rendered on /about/accessibility/.
 *
 * A row's `methods` point at the test that decides it (file + a part of the test's name; the
 * unit test test/unit/a11y-checklist.test.ts checks both exist) or describe the manual check.
 * When a test's result changes, change `result` and `note` here and `testedOn`: the page's
 * 対応度 (準拠 / 一部準拠) is computed from these rows, never written by hand.
 */
import { A11yChecklistSchema, type A11yChecklistInput } from '../schemas/a11y-checklist';

const CRAWL = 'test/e2e/crawl.test.ts';
const HTMLA = 'test/dist/a11y-html.test.ts';
const A11Y = 'test/e2e/a11y.test.ts';
const CRIT = 'test/e2e/a11y-criteria.test.ts';
const KEYS = 'test/e2e/keyboard-order.test.ts';
const HTML = 'test/dist/html-valid.test.ts';
const FOCUS = 'test/e2e/a11y-focus.test.ts';
const UNIT = 'test/unit/a11y-checklist.test.ts';
const INV = 'test/e2e/inventory.test.ts';
const TRACK = 'test/e2e/tracker.test.ts';
const TRANSFER = 'test/e2e/tracker-transfer.test.ts';
const DIAG = 'test/e2e/diagnosis.test.ts';

/** A test that backs a note (file + a part of its name). */
const by = (file: string, test: string) => ({ file, test });
// The tests most notes lean on, by what they check.
const T = {
  pages: by(CRAWL, 'アクセシビリティ違反（axe・HTML_CodeSniffer）がない'),
  states: by(CRAWL, 'axe・HTML_CodeSniffer の違反とエラーがない'),
  axtree: by(CRAWL, '4.1.2 名前・役割・値／見出しの階層'),
  noMedia: by(HTMLA, '1.2.1〜1.2.5 時間依存メディア'),
  tabOrder: by(CRIT, '2.4.3 フォーカス順序・1.3.2 意味のある順序: Tab で進むとき、フォーカスがページの上へ戻らない'),
  zoomOrder: by(KEYS, 'Tab で進むとき、フォーカスがページの上へ戻らない'),
  tabAll: by(CRIT, 'Tab ですべてを巡り、どこでもフォーカスが見え、閉じ込められずにフッターまで進む'),
  reflow: by(CRIT, '1.4.10 リフロー: ページが横にスクロールせず、切れた内容がない'),
    spacedReflow: by(CRIT, '1.4.10 リフロー・1.4.12 テキストの間隔: 幅 320px で間隔を広げても'),
  statusKeys: by(FOCUS, '3.2.2 入力時: %s の状況のラジオボタンを矢印キーで'),
  statusAsk: by(TRACK, '未済の項目があるのに完了を選ぶと一度だけ聞き（フォーカスは「完了」に残る）'),
  linkFocus: by(FOCUS, '2.4.3 フォーカス順序: 自己診断の「まだ回答していない設問」のリンクを押すと'),
  invMoves: by(INV, 'フォーカスはその行にあり、移動は読み上げられる'),
  invUnit: by(INV, '所属の欄は organization'),
  autocomplete: by(UNIT, '1.3.5 入力目的の特定: 注記の autocomplete が入力欄の実装と同じ'),
  lang: by(HTMLA, '3.1.2 一部分の言語'),
  details: by(TRACK, '詳細の開閉ボタンとその部分の名前はステップごとに違う'),
} as const;

const engines = { kind: 'engine', file: CRAWL, test: 'アクセシビリティ違反（axe・HTML_CodeSniffer）がない', what: '全ページと道具の状態で axe-core と HTML_CodeSniffer（WCAG2AA）' } as const;
const statesEngines = { kind: 'engine', file: CRAWL, test: '道具の状態', what: '道具の各状態で axe-core と HTML_CodeSniffer' } as const;
const axtree = { kind: 'script', file: CRAWL, test: '4.1.2 名前・役割・値', what: 'Chromium のアクセシビリティツリーで、部品の名前・役割と見出しの階層' } as const;
const noMedia = { kind: 'script', file: HTMLA, test: '1.2.1〜1.2.5 時間依存メディア', what: '全ページの HTML に音声・動画・埋め込みがないこと' } as const;

const data: A11yChecklistInput = {
  testedOn: '2026-12-04',
  browser: 'Chromium 156.0.8078.114（Debian 12 bookworm の chromium パッケージ、ヘッドレス）',
  screenReader: 'スクリーンリーダー・音声入力・画面拡大ソフトは使っていません。読み上げに関わる確認は、Chromium が支援技術に渡すアクセシビリティツリー（CDP Accessibility.getFullAXTree）を読んで行いました。',
  // The tools' states tested beside the pages (names as in test/e2e/support/states.ts).
  toolStates: [
    '自己診断: 全問に答えた結果',
    '自己診断: 未回答のまま「結果を見る」を押したとき',
    '進捗管理: 入力済み（/steps/）',
    '進捗管理: 未済の項目があるステップで「完了」を選び、確認を出したところ',
    '進捗管理: 入力済みのステップのページ（/steps/3/）',
    '進捗管理: 書き出したファイルを読み込み、上書きの確認を出したところ',
    '保存とバックアップ: 開いた復元・バックアップの部分を読み込めなかったとき（/diagnosis/）',
    '業務の棚卸し: 10件の業務を追加した一覧',
    '業務の棚卸し: CSV の読み込みの確認',
    '業務の棚卸し: 列の違う CSV を選んだときの誤りの表示',
    '導入工程表: 開始月と本格実施の月を入れた月の表',
    '決裁パック: 進捗と棚卸しを入力した後の見本',
    '検索: 結果がある（「テレワーク」）',
    '検索: 見つからない',
  ],
  rows: [
    // ── JIS X 8341-3:2016（WCAG 2.0）レベルA ──
    { sc: '1.1.1', name: '非テキストコンテンツ', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [engines, axtree, { kind: 'manual', file: CRAWL, what: 'グラフ（/data/ の6つと自己診断の結果の SVG）の名前と説明が、グラフの数値を文で言い換えているかを、アクセシビリティツリーと本文で読んで確認' }], note: '画像ファイル（img）はありません。グラフは role="img" と aria-labelledby（表題と説明）を持つ SVG で、同じ数値を本文か表にも載せています（名前はアクセシビリティツリーで確認）。手引きの図は、入れ子の一覧や表に組み直しています。', testedBy: [T.pages, T.axtree] },
    { sc: '1.2.1', name: '音声のみ及び映像のみ（収録済み）', level: 'A', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [noMedia], note: '音声・映像のコンテンツはありません。', testedBy: [T.noMedia] },
    { sc: '1.2.2', name: 'キャプション（収録済み）', level: 'A', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [noMedia], note: '映像はありません。', testedBy: [T.noMedia] },
    { sc: '1.2.3', name: '音声解説又はメディアに対する代替（収録済み）', level: 'A', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [noMedia], note: '映像はありません。', testedBy: [T.noMedia] },
    { sc: '1.3.1', name: '情報及び関係性', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [engines, axtree], note: '印刷用チェックリスト（ステップ3・4・6）のグループ見出しを scope="rowgroup" と headers で表の見出しに結びました。HTML_CodeSniffer が tbody ごとのグループ見出しを表全体の見出しと数える誤りは、各セルの headers が正しいことを確かめた上でだけ除外しています（test/e2e/support/htmlcs.ts）。', testedBy: [T.pages] },
    { sc: '1.3.2', name: '意味のある順序', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '2.4.3 フォーカス順序・1.3.2 意味のある順序', what: '幅 1280px と 390px の全テンプレートと道具の状態で、Tab の順序が画面の上から下の順と文書の順に一致' }, { kind: 'script', file: KEYS, test: 'フォーカスがページの上へ戻らない', what: 'ブラウザーの拡大 200% でも同じ' }, { kind: 'manual', file: CRAWL, what: 'reports/axtree/ に書き出した各テンプレートと道具の状態の読み上げ順（ヘッダー → メニュー → 横のナビ → パンくず → 見出し → 本文 → 出典 → 前後のページ → フッター）を読み、意味の通る順であることを確認' }], note: '横のナビ（章の一覧・10ステップの一覧）は、どの幅でも本文の前に表示します（以前は狭い画面で本文の後ろに移していました）。', testedBy: [T.tabOrder, T.zoomOrder] },
    { sc: '1.3.3', name: '感覚的な特徴', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'manual', what: '本文と道具の説明を「右の」「左の」「赤い」「上の図」などの語で検索し、形・色・位置だけで指示している箇所がないことを確認（「下の表」などは見出しや表題も併記）' }], note: 'チェックリストのページの「上の表」は、表題の付いた直前の表を指し、読み上げの順でも同じ意味になります。' },
    { sc: '1.4.1', name: '色の使用', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [engines, { kind: 'script', file: A11Y, test: '強制カラー', what: '強制カラー（色を使わない表示）でページとフォーカスが見えること' }, { kind: 'manual', what: '自己診断の結果、進捗の状況、棚卸しのレベルが、色のほかに文字（「実施している」「Lv.Ⅰ」など）でも示されていることを画面で確認' }], note: '状況・回答・レベルは色のほかに文字でも示し、強制カラー（色を使わない表示）でもページとフォーカスが見えます。', testedBy: [by(A11Y, '表示され、スキップリンクが働き、フォーカスが輪郭線で見える')] },
    { sc: '1.4.2', name: '音声の制御', level: 'A', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [noMedia], note: '音声を再生するものはありません。', testedBy: [T.noMedia] },
    { sc: '2.1.1', name: 'キーボード', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRIT, test: 'Tab ですべてを巡り', what: '各テンプレートと道具の状態で（幅 1280px・390px）Tab によりすべての部品に届くこと' }, { kind: 'script', file: 'test/e2e/diagnosis.test.ts', test: 'キーボードだけで', what: '自己診断をキーボードだけで回答し結果を見る' }, { kind: 'script', file: 'test/e2e/inventory.test.ts', test: 'キーボードだけで', what: '棚卸しをキーボードだけで操作' }, { kind: 'script', file: 'test/e2e/search.test.ts', test: 'キーボードだけで', what: '検索をキーボードだけで操作' }], note: 'ドラッグやマウスだけの操作はありません。進捗の状況のラジオボタンは矢印キーで選べます。', testedBy: [T.tabAll, by('test/e2e/diagnosis.test.ts', 'キーボードだけで'), by(INV, 'キーボードだけで'), by('test/e2e/search.test.ts', 'キーボードだけで'), T.statusKeys] },
    { sc: '2.1.2', name: 'キーボードトラップなし', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '閉じ込められずにフッターまで進む', what: '各テンプレートと道具の状態で Tab がフッターまで進み、閉じ込められないこと' }], note: 'モーダルダイアログはありません。', testedBy: [T.tabAll] },
    { sc: '2.2.1', name: 'タイミング調整可能', level: 'A', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [{ kind: 'manual', what: 'ソースを読み、時間切れで入力や表示が消える処理（自動の画面遷移・セッションの期限）がないことを確認' }], note: '制限時間のある操作はありません。' },
    { sc: '2.2.2', name: '一時停止、停止及び非表示', level: 'A', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [{ kind: 'script', file: CRIT, test: '2.2.2 一時停止、停止及び非表示', what: '動きを減らす設定なしでも、動いているアニメーション・点滅・自動再生がないこと' }, { kind: 'script', file: A11Y, test: 'アニメーションが動かず', what: '動きを減らす設定での表示' }], note: '自動で動く・点滅する・更新される内容はありません。', testedBy: [by(CRIT, '2.2.2 一時停止、停止及び非表示')] },
    { sc: '2.3.1', name: '3回のせん（閃）光、又はしきい（閾）値以下', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '2.3.1 せん光', what: '動いているアニメーションや映像がないこと' }], note: '光る・点滅する表示はありません。', testedBy: [by(CRIT, '2.3.1 せん光')] },
    { sc: '2.4.1', name: 'ブロックスキップ', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: A11Y, test: 'スキップリンク', what: '最初の Tab で「本文へ移動」が現れ、Enter で本文へ移ること' }, engines], note: 'ランドマーク（banner・navigation・main・contentinfo・search）も使っています。', testedBy: [by(A11Y, '最初の Tab でスキップリンクに移り'), T.pages] },
    { sc: '2.4.2', name: 'ページタイトル', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: HTMLA, test: '2.4.2 ページタイトル', what: '全ページの title が空でなく、重ならず、見出し1 の語を含むこと' }], note: 'タイトルは「ページ名｜サイト名」です。', testedBy: [by(HTMLA, '2.4.2 ページタイトル')] },
    { sc: '2.4.3', name: 'フォーカス順序', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '2.4.3 フォーカス順序', what: '各テンプレートと道具の状態を幅 1280px と 390px で Tab し、フォーカスが上へ戻らず文書の順に進むこと' }, { kind: 'script', file: KEYS, test: 'フォーカスがページの上へ戻らない', what: '各テンプレートをブラウザーの拡大 200% で同じように' }, { kind: 'script', file: 'test/e2e/inventory.test.ts', test: 'キーボードだけで: 並べ替え・編集・削除・元に戻すのあと、フォーカスはその行にあり', what: '棚卸しの上へ・下へ・編集・保存・キャンセル・削除・元に戻すの後、フォーカスが操作した行（削除では「元に戻す」）にあること' }, { kind: 'script', file: 'test/e2e/diagnosis.test.ts', test: '最初からやり直す: フォーカスは', what: '自己診断の「最初からやり直す」「消してやり直す」「やめる」の後、フォーカスが次に操作する所にあること' }, { kind: 'script', file: 'test/e2e/tracker-transfer.test.ts', test: '「やめる」を選ぶと何も変わらない', what: '進捗の復元の「置き換えて復元する」「やめる」の後、フォーカスが結果を伝えるメッセージにあること' }, { kind: 'script', file: FOCUS, test: '2.4.3 フォーカス順序: 自己診断の「まだ回答していない設問」のリンク', what: '自己診断の未回答の設問の一覧のリンクを押すと、フォーカスがその設問の最初の選択肢に移り、設問が固定の帯に隠れず画面に見えること（幅 1280px・390px）' }], note: '横のナビはどの幅でも本文の前（幅 960px 未満では折りたたみ）。道具の操作の後は、操作した所か次に操作する所へフォーカスを移します。自己診断の「まだ回答していない設問」のリンクは、その設問の最初の選択肢へフォーカスを移します（GOV.UK のエラーの一覧と同じ形）。進捗の「完了」の確認で「やめる」を押すと、フォーカスは元の状況に戻ります。', testedBy: [T.tabOrder, T.zoomOrder, by(INV, 'キーボードだけで: 並べ替え・編集・削除・元に戻すのあと、フォーカスはその行にあり'), by(DIAG, '最初からやり直す: フォーカスは'), by(TRANSFER, '「やめる」を選ぶと何も変わらない'), T.linkFocus, T.statusAsk] },
    { sc: '2.4.4', name: 'リンクの目的（コンテキスト内）', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [engines, { kind: 'script', file: HTMLA, test: '2.4.4 リンクの目的', what: '「こちら」「ここ」などだけのリンクがないこと' }, { kind: 'manual', file: CRAWL, what: '読み上げ順の書き出しで、リンクの名前だけで行き先が分かるかを読んで確認' }], note: 'リンクの文言は行き先のページ名か文書名です。', testedBy: [by(HTMLA, '2.4.4 リンクの目的')] },
    { sc: '3.1.1', name: 'ページの言語', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRAWL, test: 'エラー・外部通信・リンク切れ', what: '全ページで html の lang が ja であること' }, engines], note: 'すべて lang="ja" です。', testedBy: [by(CRAWL, 'エラー・外部通信・リンク切れ')] },
    { sc: '3.2.1', name: 'フォーカス時', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '3.2.1 フォーカス時', what: 'Tab・Shift+Tab でページを一巡しても、ページの移動や新しいウィンドウが起きないこと' }], note: 'フォーカスだけで内容は変わりません。', testedBy: [by(CRIT, '3.2.1 フォーカス時')] },
    { sc: '3.2.2', name: '入力時', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: FOCUS, test: '3.2.2 入力時', what: '/steps/（10ステップすべて）と、ステップのページ（同じテンプレート）の最初と最後の /steps/1/・/steps/10/ の状況のラジオボタンを、幅 1280px と 390px で矢印キーにより端から端まで往復し、未済の項目がある「完了」でもフォーカスがグループの外へ出ず、ページが移動しないこと' }, { kind: 'script', file: TRACK, test: '未済の項目があるのに完了を選ぶと一度だけ聞き', what: '「完了」の確認がライブリージョン（role="status"）で知らされ、答えるまで保存されず、「未済のまま完了にする」「やめる」が働くこと' }, { kind: 'script', file: CRAWL, test: '道具の状態', what: '自己診断・進捗・棚卸しに入力して状態を作る間、ページが移動しないこと（移動すれば状態に入れず失敗する）' }], note: '入力の保存は自動ですが、画面の移動や送信は起きず、入力でフォーカスが動くこともありません。未済の項目があるステップで状況を「完了」にすると、確認の質問を状況のグループの後に出してライブリージョンで知らせ、フォーカスは「完了」に残ります（「未済のまま完了にする」「やめる」は Tab で進んで押します。矢印キーで「対象外」へ進めば、質問は消えます）。', testedBy: [T.statusKeys, T.statusAsk] },
    { sc: '3.3.1', name: 'エラーの特定', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: 'test/e2e/inventory.test.ts', test: '列が違えばメッセージを出し', what: 'CSV の誤りを文章で示すこと' }, { kind: 'script', file: 'test/e2e/tracker-transfer.test.ts', test: '日本語で理由を示し', what: '復元するファイルの誤りを文章で示すこと' }, statesEngines], note: '誤りは文章で示します。棚卸しの業務名の空欄と CSV のファイルの誤りは、aria-invalid と aria-describedby で欄に結び付けています。', testedBy: [by(INV, '列が違えばメッセージを出し'), by(INV, '入力の誤り: 業務名が空なら欄に結び付けて示し'), by(TRANSFER, '日本語で理由を示し'), T.states] },
    { sc: '3.3.2', name: 'ラベル又は説明', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [engines, statesEngines, axtree], note: 'すべての入力欄に見えるラベルがあります。', testedBy: [T.pages, T.states, T.axtree] },
    { sc: '4.1.1', name: '構文解析', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: HTML, test: 'すべてのページにエラーがない', what: 'Nu HTML Checker で全ページの HTML に誤りがないこと' }], note: 'WCAG 2.2 では削除された基準ですが、JIS X 8341-3:2016 の基準として試験しています。', testedBy: [by(HTML, 'すべてのページにエラーがない')] },
    { sc: '4.1.2', name: '名前（name）・役割（role）及び値（value）', level: 'A', origin: 'JIS X 8341-3:2016', result: '適合', methods: [engines, statesEngines, axtree], note: '独自の部品はなく、ボタン・リンク・入力欄・details などの HTML の部品を使っています。/steps/ の各ステップの開閉部分（details）は、ステップ名を含む要約の文言を名前にしています。', testedBy: [T.pages, T.states, T.axtree, T.details] },
    // ── JIS X 8341-3:2016（WCAG 2.0）レベルAA ──
    { sc: '1.2.4', name: 'キャプション（ライブ）', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [noMedia], note: 'ライブの映像はありません。', testedBy: [T.noMedia] },
    { sc: '1.2.5', name: '音声解説（収録済み）', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適用なし', methods: [noMedia], note: '映像はありません。', testedBy: [T.noMedia] },
    { sc: '1.4.3', name: 'コントラスト（最低限レベル）', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [engines, statesEngines], note: '文字は背景に対して 4.5:1 以上（大きな文字は 3:1 以上）です。', testedBy: [T.pages, T.states] },
    { sc: '1.4.4', name: 'テキストのサイズ変更', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: KEYS, test: '文字を 200% にしても', what: '幅 640px（ブラウザーの拡大 200%）で文字を 200% にしても文字が大きくなり、横スクロールも切れもないこと' }, { kind: 'script', file: KEYS, test: 'ブラウザーの拡大 200%', what: 'ブラウザーの拡大 200% で操作の順序が保たれること' }], note: '文字の大きさは rem で指定しています。', testedBy: [by(KEYS, '文字を 200% にしても横にスクロールせず')] },
    { sc: '1.4.5', name: '文字画像', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'manual', what: 'ビルドしたすべての画像（SVG）を開き、文字を画像にしたものがないことを確認（図の中の文字も SVG のテキストで、本文に同じ内容がある）' }], note: '文字の画像はありません。' },
    { sc: '2.4.5', name: '複数の手段', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: HTMLA, test: '2.4.5 複数の手段', what: '全ページにメニューとサイト内検索があり、トップ以外にパンくずがあること' }], note: 'メニュー・サイト内検索・パンくず・横のナビがあります。', testedBy: [by(HTMLA, '2.4.5 複数の手段')] },
    { sc: '2.4.6', name: '見出し及びラベル', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [axtree, { kind: 'manual', file: CRAWL, what: '読み上げ順の書き出しで、見出しとラベルの文言が内容を表しているか、同じ名前の部品が並んでいないかを読んで確認' }], note: '見出しは階層を飛ばしません。', testedBy: [T.axtree] },
    { sc: '2.4.7', name: 'フォーカスの可視化', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: CRIT, test: 'どこでもフォーカスが見え', what: 'Tab で移動したすべての要素に輪郭線などが見え、画面内にあること（幅 1280px・390px、全テンプレートと道具の状態）' }, { kind: 'script', file: A11Y, test: 'フォーカスが輪郭線で見える', what: '強制カラーでも輪郭線で見えること' }], note: 'フォーカスは黒の輪郭線と黄色の背景で示します。', testedBy: [T.tabAll, by(A11Y, 'フォーカスが輪郭線で見える')] },
    { sc: '3.1.2', name: '一部分の言語', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: HTMLA, test: '3.1.2 一部分の言語', what: '全ページの HTML で、2語以上の英語の語句が lang="en" の要素の中にあること（規格・製品の固有名を除く）' }, { kind: 'manual', what: '本文を読み、英語の語句のほかに日本語以外の言語の文がないことを確認（LGWAN・VPN・Web 会議などの略語や外来語は日本語の文中の語として扱う）' }], note: '用語集の略語の英語の正式名（「Local Government Wide Area Network」など4語句）には lang="en" を付けています（サイト内検索の「用語の意味」でも同じ）。LGWAN・VPN などの略語と、規格・製品の名前は日本語の文中の語として扱います。', testedBy: [T.lang] },
    { sc: '3.2.3', name: '一貫したナビゲーション', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: HTMLA, test: '3.2.3 一貫したナビゲーション', what: '全ページでヘッダーのメニューが同じ項目を同じ順で持つこと' }], note: 'ヘッダー・フッター・横のナビは全ページ共通の部品です。', testedBy: [by(HTMLA, '3.2.3 一貫したナビゲーション')] },
    { sc: '3.2.4', name: '一貫した識別性', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: HTMLA, test: '3.2.4 一貫した識別性', what: '同じ働きのメニューが全ページで同じ名前であること' }, { kind: 'manual', what: '印刷・書き出し・復元のボタンが、道具をまたいで同じ言い方になっていることを画面で確認' }], note: '同じ機能は同じ名前です。', testedBy: [by(HTMLA, '3.2.4 一貫した識別性')] },
    { sc: '3.3.3', name: 'エラー修正の提案', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: 'test/e2e/tracker-transfer.test.ts', test: '日本語で理由を示し', what: '読み込めないファイルの理由を示すこと' }, { kind: 'script', file: 'test/e2e/inventory.test.ts', test: '列が違えばメッセージを出し', what: 'CSV の列の誤りを示すこと' }], note: '誤りの理由と直し方を文章で示します。', testedBy: [by(TRANSFER, '日本語で理由を示し'), by(INV, '列が違えばメッセージを出し')] },
    { sc: '3.3.4', name: 'エラー回避（法的、金融及びデータ）', level: 'AA', origin: 'JIS X 8341-3:2016', result: '適合', methods: [{ kind: 'script', file: 'test/e2e/tracker-transfer.test.ts', test: '「やめる」を選ぶと何も変わらない', what: '保存済みの進捗を置き換える前に確認し、取り消せること' }, { kind: 'script', file: 'test/e2e/inventory.test.ts', test: 'CSV で書き出して読み戻せる', what: 'CSV を読み込む前に内容（件数・文字コード）を確認してから追加すること' }], note: '法的・金銭的な取引はありません。利用者の保存データを置き換える操作は、確認の後にだけ行います。', testedBy: [by(TRANSFER, '「やめる」を選ぶと何も変わらない'), by(INV, 'CSV で書き出して読み戻せる')] },
    // ── WCAG 2.1 で追加（レベルA・AA） ──
    { sc: '1.3.4', name: '表示の向き', level: 'AA', origin: 'WCAG 2.1', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '1.3.4 表示の向き', what: '縦向きと横向きで同じ内容を表示すること' }], note: '向きを固定していません。', testedBy: [by(CRIT, '1.3.4 表示の向き')] },
    { sc: '1.3.5', name: '入力目的の特定', level: 'AA', origin: 'WCAG 2.1', result: '適合', methods: [{ kind: 'script', file: UNIT, test: '1.3.5 入力目的の特定', what: '団体名・担当課・所属の入力欄のソースの autocomplete が、この行の注記のとおりであること' }, { kind: 'script', file: INV, test: '所属の欄は organization', what: '棚卸しの所属の欄が autocomplete="organization" であること' }, { kind: 'manual', what: 'すべての入力欄の autocomplete を読み、利用者自身の情報を入れる欄に正しい値が付いているかを確認' }], note: '利用者自身の情報を入れる欄のうち、団体名（進捗管理・自己診断の結果）と棚卸しの所属の欄は autocomplete="organization"（組織名）です。担当課の欄（進捗管理・自己診断の結果）には当てはまる入力目的の値がない（organization-title は役職名）ため、autocomplete="off" にしています。役職名を付けた欄はありません。各ステップの担当・メモと検索欄も autocomplete="off" です。', testedBy: [T.autocomplete, T.invUnit] },
    { sc: '1.4.10', name: 'リフロー', level: 'AA', origin: 'WCAG 2.1', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '1.4.10 リフロー: ページが横にスクロールせず', what: '各テンプレートと道具の各状態を幅 320px で表示し、横スクロールも切れもないこと' }, { kind: 'script', file: CRIT, test: '1.4.10 リフロー・1.4.12 テキストの間隔: 幅 320px', what: '道具の各状態（CSV の誤りの表示を含む）と、ファイル選択のある /steps/・/inventory/ を、幅 320px でテキストの間隔を広げて表示' }], note: 'ページと道具の状態（棚卸しの CSV の誤りの表示を含む）はすべて幅 320px で横スクロールしません。テキストの間隔を広げても同じで、ファイル選択の欄は行の幅に収まります（長いファイル名はブラウザーが省略して表示します）。棚卸しの一覧は幅 700px 未満でカード表示になります。導入工程表の月の表だけは2次元の表なので、表の枠（フォーカスできるスクロール領域）の中で横にスクロールします（WCAG の例外：2次元の配置が意味を持つ表）。', testedBy: [T.reflow, T.spacedReflow] },
    { sc: '1.4.11', name: '非テキストのコントラスト', level: 'AA', origin: 'WCAG 2.1', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '1.4.11 非テキストのコントラスト', what: '入力欄・ボタンの枠または塗りと、フォーカスの輪郭が、背景に対して 3:1 以上' }], note: 'ラジオボタン・チェックボックス・ファイル選択はブラウザーの標準の見た目です（達成基準の例外）。', testedBy: [by(CRIT, '1.4.11 非テキストのコントラスト')] },
    { sc: '1.4.12', name: 'テキストの間隔', level: 'AA', origin: 'WCAG 2.1', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '1.4.12 テキストの間隔', what: '行間 1.5・文字間 0.12em・単語間 0.16em・段落後 2em にして、幅 1280px と 390px で内容が切れないこと' }, { kind: 'script', file: CRIT, test: '1.4.10 リフロー・1.4.12 テキストの間隔: 幅 320px', what: '同じ間隔で、道具の各状態と /steps/・/inventory/ が幅 320px でも横にスクロールせず切れないこと' }], note: '高さを固定した枠はありません。ファイル選択の欄も、間隔を広げたときに行の幅を超えません。', testedBy: [by(CRIT, '1.4.12 テキストの間隔'), T.spacedReflow] },
    { sc: '1.4.13', name: 'ホバー又はフォーカスで表示されるコンテンツ', level: 'AA', origin: 'WCAG 2.1', result: '適用なし', methods: [{ kind: 'script', file: CRIT, test: '1.4.13 ホバー又はフォーカスで表示されるコンテンツ', what: 'ホバーやフォーカスで別の内容を出す CSS の規則がないこと（スキップリンクはフォーカスした要素そのもの）' }], note: 'ツールチップやホバーで開くメニューはありません。', testedBy: [by(CRIT, '1.4.13 ホバー又はフォーカスで表示されるコンテンツ')] },
    { sc: '2.1.4', name: '文字キーのショートカット', level: 'A', origin: 'WCAG 2.1', result: '適用なし', methods: [{ kind: 'script', file: HTMLA, test: '2.1.4 文字キーのショートカット', what: 'ソースに、修飾キーなしの1文字のキーに反応する処理と accesskey がないこと' }], note: '修飾キーなしの1文字のキーに反応する処理はありません。', testedBy: [by(HTMLA, '2.1.4 文字キーのショートカット')] },
    { sc: '2.5.1', name: 'ポインタのジェスチャ', level: 'A', origin: 'WCAG 2.1', result: '適用なし', methods: [{ kind: 'script', file: HTMLA, test: '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7', what: 'ソースに複数の指・なぞる操作の処理がないこと' }], note: 'すべて1回のクリック（タップ）で操作します。', testedBy: [by(HTMLA, '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7')] },
    { sc: '2.5.2', name: 'ポインタのキャンセル', level: 'A', origin: 'WCAG 2.1', result: '適合', methods: [{ kind: 'script', file: HTMLA, test: '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7', what: 'ソースに押した瞬間（down イベント）で動く処理がないこと' }], note: '操作はすべて指を離したとき（click）に起こります。', testedBy: [by(HTMLA, '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7')] },
    { sc: '2.5.3', name: 'ラベルを含む名前（name）', level: 'A', origin: 'WCAG 2.1', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '2.5.3 ラベルを含む名前', what: 'aria-label / aria-labelledby の名前が見えている文字を含むこと' }, axtree], note: '見えている文字がそのまま名前です。', testedBy: [by(CRIT, '2.5.3 ラベルを含む名前')] },
    { sc: '2.5.4', name: '動きによる起動', level: 'A', origin: 'WCAG 2.1', result: '適用なし', methods: [{ kind: 'script', file: HTMLA, test: '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7', what: 'ソースに端末の動き（devicemotion など）の処理がないこと' }], note: '端末を動かして操作するものはありません。', testedBy: [by(HTMLA, '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7')] },
    { sc: '4.1.3', name: 'ステータスメッセージ', level: 'AA', origin: 'WCAG 2.1', result: '適合', methods: [statesEngines, { kind: 'script', file: INV, test: 'フォーカスはその行にあり、移動は読み上げられる', what: '棚卸しで行を上へ・下へ動かすと、role="status" の領域に「「A業務」を2番目に移動しました（全3件）。」などと入ること' }, { kind: 'script', file: TRACK, test: '未済の項目があるのに完了を選ぶと一度だけ聞き', what: '進捗の「完了」の確認の質問が role="status" の領域に入ること' }, { kind: 'manual', what: '保存・追加・復元・検索の件数のメッセージが role="status" などのライブリージョンに入ることを、アクセシビリティツリーと DOM で確認' }], note: '保存・追加・復元・検索の件数、棚卸しで行を上へ・下へ動かしたこと（「「A業務」を2番目に移動しました（全3件）。」）、進捗の「完了」の確認の質問は、フォーカスを動かさずにライブリージョン（role="status"）で知らせます。', testedBy: [T.invMoves, T.statusAsk, T.states] },
    // ── WCAG 2.2 で追加（レベルA・AA） ──
    { sc: '2.4.11', name: 'フォーカスが隠されない（最低限）', level: 'AA', origin: 'WCAG 2.2', result: '適合', methods: [{ kind: 'script', file: CRIT, test: '2.4.11 フォーカスが隠されない', what: 'Tab と Shift+Tab で、フォーカスした要素が固定表示の帯などに完全に隠れないこと（幅 1280px・390px、全テンプレートと道具の状態）' }], note: '自己診断の固定表示の「N / 25 問 回答済み」の帯は、scroll-padding でフォーカスした選択肢の上に余白を取ります。', testedBy: [by(CRIT, '2.4.11 フォーカスが隠されない'), T.linkFocus] },
    { sc: '2.5.7', name: 'ドラッグ動作', level: 'AA', origin: 'WCAG 2.2', result: '適用なし', methods: [{ kind: 'script', file: HTMLA, test: '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7', what: 'ソースにドラッグの処理がないこと' }], note: '並べ替えは「上へ」「下へ」のボタンで行います。', testedBy: [by(HTMLA, '2.5.1 / 2.5.2 / 2.5.4 / 2.5.7')] },
    { sc: '2.5.8', name: 'ターゲットのサイズ（最低限）', level: 'AA', origin: 'WCAG 2.2', result: '適合', methods: [engines, statesEngines], note: 'axe-core の target-size 規則（24×24 CSS px、または間隔）で確認しています。文中のリンクは例外です。', testedBy: [T.pages, T.states] },
    { sc: '3.2.6', name: '一貫したヘルプ', level: 'A', origin: 'WCAG 2.2', result: '適用なし', methods: [{ kind: 'manual', what: '問い合わせ先・ヘルプの仕組みがサイトにあるかを確認（このサイトには問い合わせ窓口がなく、使い方の説明は各道具の中にある）' }], note: '問い合わせ窓口やチャットなどのヘルプはありません。' },
    { sc: '3.3.7', name: '冗長な入力', level: 'A', origin: 'WCAG 2.2', result: '適合', methods: [{ kind: 'manual', what: '各道具で、一度入れた団体名・所属などをもう一度入れさせる手順がないかを操作して確認' }], note: '入力はブラウザーに保存され、再び開いたときにも入っています。' },
    { sc: '3.3.8', name: 'アクセシブルな認証（最低限）', level: 'AA', origin: 'WCAG 2.2', result: '適用なし', methods: [{ kind: 'manual', what: 'ログイン・認証の有無を確認' }], note: 'ログインはありません。' },
  ],
};

/** The checklist, validated at build time (a bad row fails the build). */
export const A11Y_CHECKLIST = A11yChecklistSchema.parse(data);

/**
 * Issue 25: faithful to the word. Each row of the table stays fixed: derived figures are
 * labelled as the site's arithmetic, each figure's source document is named, the notice's date is
 * an estimate wherever it is given, the support banner says what the notice describes, claims
 * neither source makes are gone or labelled 当サイトの補足, and the typos are gone. The last block
 * checks every sentence about a source date or a publication for a citation or a label.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { laterSeriesLine } from '../../src/lib/later-figures';
import { differenceText } from '../../src/lib/diagnosis/peers';
import { glossaryCite } from '../../src/components/guide/glossary-cite';
import { SOURCES } from '../../src/lib/sources';
import { itNeeds } from '../support/prerequisites';

const root = new URL('../../', import.meta.url);
const rootDir = root.pathname;
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const yaml = <T>(p: string) => parse(read(p)) as T;
const sourceDir = new URL('sources/', root);
const hasSources = existsSync(new URL('notice.txt', sourceDir));
const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Every file under a folder (repository-relative), with the given endings. */
const walk = (dir: string, ends: string[]): string[] =>
  readdirSync(join(rootDir, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(rootDir, rel)).isDirectory()) return walk(rel, ends);
    return ends.some((e) => name.endsWith(e)) ? [rel] : [];
  });

/** The files whose words reach the pages: content, page templates, the support and diagnosis parts, the source labels. */
const TEXT_FILES = [
  ...walk('content', ['.mdx', '.yaml']),
  ...walk('src/pages', ['.astro']),
  ...walk('src/components', ['.astro']),
  ...walk('src/islands/diagnosis', ['.tsx']),
  'src/lib/sources.ts',
  'src/lib/later-figures.ts',
  'src/lib/diagnosis/peers.ts',
  'src/data/a11y-checklist.ts',
];

describe('issue 25 の表の各行', () => {
  it('同規模比較：前年との差は「当サイトによる計算」と明記し、「新たに導入しました」とは言わない', () => {
    const island = read('src/islands/diagnosis/PeerComparison.tsx');
    expect(island).not.toMatch(/新たに導入/);
    expect(island).toContain('{f!.difference}');
    expect(differenceText({ count: 107, prevCount: 38, increasePoints: 14 }, '令和3年', '令和2年', true)).toBe(
      '前年との差（当サイトによる計算：令和3年の団体数 − 令和2年の団体数。規模区分の構成が年で変わるため目安）：+69団体（導入率は+14.0ポイント）',
    );
  });

  it('その後の推移の1行（自己診断・決裁パック）：406と916は別添1、1,150は令和4年の調査と、年ごとに文書を名指す', () => {
    const entry = yaml<Array<Record<string, unknown>>>('content/later-figures.yaml').find((e) => e['id'] === 'adoption-series') as never;
    for (const line of [laterSeriesLine(entry), laterSeriesLine(entry, { short: true })]) {
      expect(line).toMatch(/出典：令和2年・令和3年は通知の別添1/);
      expect(line).toMatch(/令和4年は総務省「地方公共団体におけるテレワークの取組状況調査」/);
    }
  });

  it('通知の日付は、どこでも推定と分かる形（〔推定〕）で示す：「通知（令和4年（2022年））」と事実のように書かない', () => {
    const bad: string[] = [];
    for (const f of TEXT_FILES) {
      read(f).split('\n').forEach((line, i) => {
        // 「（令和4年（2022年））」「（令和4年）」: a bare year in brackets is the notice's date given as fact
        if (/（令和4年(（2022年）)?）/.test(line) && !/〔推定〕/.test(line)) bad.push(`${f}:${i + 1}`);
      });
    }
    expect(bad).toEqual([]);
    expect(SOURCES.notice.dateLabel).toBe('令和4年（2022年）初め〔推定〕');
  });

  it('支援策の冒頭：「令和4年度時点の情報です」ではなく、通知が令和3年度に行っていることと令和4年度の予定を書いていると言う', () => {
    const banner = read('src/components/support/ConfirmNotice.astro');
    expect(banner).not.toContain('令和4年度時点の情報です');
    expect(banner).toMatch(/令和3年度に行っていること（「実施している」）と令和4年度の予定（「講ずることとしている」「検討中」）/);
    expect(read('src/pages/about/index.astro')).not.toMatch(/令和4年度時点の情報です/);
  });

  it('/about/・/steps/1/：どちらの資料にもない「令和3年12月24日に公表」「PDFに番号が印刷されているのは10枚目まで」「図の中で同じ高さ」は、消すか当サイトの補足と書く', () => {
    for (const f of TEXT_FILES) {
      const s = read(f);
      expect(s, f).not.toMatch(/12月24日/);
      expect(s, f).not.toMatch(/図の中で同じ高さ/);
      expect(s, f).not.toMatch(/PDFに番号が印刷されているのは10枚目まで/);
    }
    expect(read('README.md')).not.toMatch(/12月24日/);
    const about = read('src/pages/about/index.astro');
    expect(about).toMatch(/（当サイトの補足：当サイトが用いた、PDFから取り出した文字では、スライド番号の数字は1〜10の10枚分しか見つからず/);
    expect(read('content/steps/step-01.mdx')).toMatch(/当サイトの補足：取り出した文字の中でこの2つが同じ行に並んでいることからの読み取り/);
  });

  it('/data/：導入していない理由の割合の母数は、別添1に記載がないと書く（導入していない団体と言い切らない）', () => {
    const reasons = yaml<Array<{ id: string; baseLabel: string }>>('content/survey.yaml').find((t) => t.id === 'reasons')!;
    expect(reasons.baseLabel).toMatch(/^別添1に記載がありません（当サイトの補足：/);
    expect(reasons.baseLabel).not.toMatch(/^テレワークを導入していない団体/);
  });

  it('テレワークマネージャー：どちらの資料にもない「事業の開始年度を示すものではありません」を書かない', () => {
    for (const f of TEXT_FILES) expect(read(f), f).not.toMatch(/開始年度を示すものではありません/);
  });

  it('自己診断の規則：個人情報の懸念で勧める実証実験にはスライド12の制限を添え、「無料」は手引きスライド4に帰す', () => {
    type Src = { doc: string; pages: string };
    const rules = yaml<Array<{ rules: Array<{ program?: string; reason: string; when: { concerns?: string[] }; source: Src | Src[] }> }>>('content/diagnosis/setup.yaml')[0]!.rules;
    const srcs = (r: { source: Src | Src[] }) => (Array.isArray(r.source) ? r.source : [r.source]);
    const pilot = rules.filter((r) => r.program === 'lgwan-pilot');
    expect(pilot.some((r) => r.when.concerns?.includes('personal-info'))).toBe(true);
    for (const r of pilot) {
      expect(r.reason).toContain('大量または機微な住民の情報を扱う業務については、原則、自宅等でのテレワークの対象外');
      expect(srcs(r)).toContainEqual(expect.objectContaining({ doc: 'guide', pages: 'スライド12' }));
    }
    for (const r of rules.filter((x) => x.reason.includes('無料'))) {
      expect(r.reason).toMatch(/無料[^。]*（手引き スライド4）/);
      expect(srcs(r)).toContainEqual(expect.objectContaining({ doc: 'guide', pages: 'スライド4' }));
    }
  });

  it('用語集：別添1の出典は「通知 別添1」と一度だけ書く（「通知 別添1 別添1」にしない）', () => {
    type Term = { source?: { doc: 'guide' | 'notice' | 'annex1'; pages: string; section?: string }; mentions?: { source: { doc: 'guide' | 'notice' | 'annex1'; pages: string; section?: string } }[] };
    const terms = yaml<Term[]>('content/glossary.yaml');
    const cites = terms.flatMap((t) => [...(t.source ? [t.source] : []), ...(t.mentions ?? []).map((m) => m.source)]).map(glossaryCite);
    expect(cites.some((c) => c.startsWith('通知 別添1「'))).toBe(true);
    expect(cites.filter((c) => c.includes('別添1 別添1'))).toEqual([]);
    expect(read('src/pages/glossary/index.astro')).toContain('glossaryCite');
  });

  it('アクセシビリティのページ：「道具の11つの状態」と書かない（数のあとに「つ」を付けない）', () => {
    expect(read('src/pages/about/accessibility.astro')).not.toMatch(/toolStates\.length\}つ/);
    for (const f of TEXT_FILES) expect(read(f), f).not.toMatch(/[1-9]\d+つの/);
  });

  it('通知の配布：地域の元気創造プラットフォームを通じて各市区町村に情報提供していることを、原文どおりに書く', () => {
    expect(read('src/pages/about/index.astro')).toContain('「地域の元気創造プラットフォームにおける調査・照会システムを通じて、各市区町村に対して、本通知についての情報提供を行っている」');
  });

  itNeeds({ 'sources/（抽出した原文）': hasSources })('配布の一文は通知の本文にある', () => {
    const notice = nfkc(readFileSync(new URL('notice.txt', sourceDir), 'utf8'));
    expect(notice).toContain(nfkc('地域の元気創造プラットフォームにおける調査・照会システムを通じて、各市区町村に対して、本通知についての情報提供を行っている'));
  });
});

/**
 * A sentence that states a fact about a source's date or its publication (公表, 発出, 作成・策定・開催
 * の年月, 「…付け」, the notice with a year) must say where it is said (記N, スライドN, 前文, 別添,
 * 出典, 「通知は」「手引きは」, the report it comes from) or carry 〔推定〕 / 当サイトの補足. In YAML, a
 * value inside an entry with its own source (source, sources, newSource, oldSource) is cited by it.
 * Pragmatic: it reads sentences (split at 。 and line ends), not meaning.
 */
const DATE_FACT = /公表|発出|通知（令和|について」（令和|(令和|平成)(\d+|元)年(（\d{4}年）)?\d+月(\d+日)?(に(作成|策定|開催)|付け)/;
const CITED = /〔推定〕|当サイトの補足|当サイトの推定|当サイトによる|記\d|記の|スライド\d|前文|別添[12]|出典|通知は|通知によると|通知の本文|手引きは|手引きによると|報道|dateLabel/;
const SOURCE_KEYS = new Set(['source', 'sources', 'newSource', 'oldSource']);

/** The sentences of a YAML value that no source of its own (or of an enclosing entry) covers. */
function uncitedYaml(v: unknown, cited: boolean, out: string[]): void {
  if (typeof v === 'string') {
    if (!cited) out.push(...v.split(/[。\n]/));
  } else if (Array.isArray(v)) v.forEach((x) => uncitedYaml(x, cited, out));
  else if (v && typeof v === 'object') {
    const own = cited || Object.keys(v).some((k) => SOURCE_KEYS.has(k));
    for (const [k, x] of Object.entries(v)) uncitedYaml(x, own || SOURCE_KEYS.has(k), out);
  }
}

describe('日付・公表についての文には、出典の場所か〔推定〕・当サイトの補足がある', () => {
  it('内容（YAML・MDX）とページの文のうち、資料の日付や公表を述べる文はどれも、どこに書かれているかか、推定・補足であることを示す', () => {
    const bad: string[] = [];
    for (const f of TEXT_FILES) {
      const text = read(f);
      let sentences: string[];
      if (f.endsWith('.yaml')) {
        sentences = [];
        uncitedYaml(parse(text), false, sentences);
      } else if (f.endsWith('.mdx')) {
        const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
        sentences = [];
        uncitedYaml(parse(m[1]!), false, sentences);
        sentences.push(...m[2]!.split(/[。\n]/));
      } else sentences = text.split(/[。\n]/);
      for (const s of sentences) if (DATE_FACT.test(s) && !CITED.test(s)) bad.push(`${f}: ${s.trim().slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });

  it('検査は効く：出典も推定の印もない日付の文を見つける', () => {
    const probe = ['結果は令和3年12月24日に公表されました', '通知（令和4年（2022年））は次のように言う', '手引きは令和3年4月に作成された'];
    expect(probe.filter((s) => DATE_FACT.test(s) && !CITED.test(s))).toEqual(probe.slice(0, 2));
  });
});

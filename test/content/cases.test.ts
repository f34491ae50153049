import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CaseSchema, type Case } from '../../src/schemas/case';

const dir = new URL('../../content/cases/', import.meta.url);
/** Frontmatter and body of an MDX file. */
const readMdx = (file: string) => {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: frontmatter がありません`);
  return { data: parse(m[1] ?? '') as unknown, body: m[2] ?? '' };
};
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const cases = new Map<string, { data: Case; body: string }>(
  files.map((f) => {
    const { data, body } = readMdx(f);
    return [f.replace(/\.mdx$/, ''), { data: CaseSchema.parse(data), body }];
  }),
);
const get = (id: string) => {
  const c = cases.get(id);
  if (!c) throw new Error(`事例 ${id} がありません`);
  return c.data;
};

describe('取組事例（content/cases/）', () => {
  it('8事例が決まった id・番号・団体の種類でそろっている', () => {
    const rows = [...cases.entries()].map(([id, c]) => [id, c.data.number, c.data.kind]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(rows).toEqual([
      ['ibaraki', '1', '都道府県'],
      ['saga', '2', '都道府県'],
      ['kobe', '3', '指定都市'],
      ['fukaya', '4', '市区町村'],
      ['shibuya', '5', '市区町村'],
      ['matsumoto-1', '6-1', '市区町村'],
      ['matsumoto-2', '6-2', '市区町村'],
      ['kakegawa', '7', '市区町村'],
    ]);
    expect(get('shibuya').kindNote).toBe('特別区');
  });

  it('order は1〜8で重複しない', () => {
    expect([...cases.values()].map((c) => c.data.order).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('副題は手引きのとおり', () => {
    expect(Object.fromEntries([...cases.entries()].map(([id, c]) => [id, c.data.subtitle]))).toEqual({
      ibaraki: '業務のICT化の推進と職員のデジタル活用推進に向けた周知・啓発',
      saga: 'モバイルワークの推進を核とした業務効率化・県民サービスの向上',
      kobe: '在宅勤務、ペーパーレス化・電子決裁等の業務のICT化の推進',
      fukaya: '「LoGoチャット」の活用によるコミュニケーション及び業務の効率化',
      shibuya: '庁舎内外を問わないシームレスな勤務の実現',
      'matsumoto-1': '新型コロナウイルス感染拡大を受けた在宅勤務の本格推進',
      'matsumoto-2': '支所等の施設を活用したサテライトオフィスの設置',
      kakegawa: '支所等の施設を活用したサテライトオフィスの設置',
    });
  });

  it('手引きの○の数（3・2・2・2・3・3・2・2、計19）がそのまま載っている', () => {
    const counts = Object.fromEntries([...cases.entries()].map(([id, c]) => [id, c.data.points.length]));
    expect(counts).toEqual({ ibaraki: 3, saga: 2, kobe: 2, fukaya: 2, shibuya: 3, 'matsumoto-1': 3, 'matsumoto-2': 2, kakegawa: 2 });
  });

  it('段組みが崩れたスライド17–18の○は、意味と副題で正しい事例に割り当てられている', () => {
    const has = (id: string, s: string) => expect(get(id).points.join('\n'), `${id}: ${s}`).toContain(s);
    has('ibaraki', '平成30年（2018年）4月にテレワークを導入');
    has('ibaraki', '知事のリーダーシップ');
    has('ibaraki', '押印の廃止');
    has('ibaraki', 'テレワークハンドブック');
    has('saga', '平成26年度（2014年度）にテレワークの対象を全職員に拡大');
    has('saga', 'モバイルワークは普通の働き方');
    has('kobe', '新型コロナウイルス感染拡大前から');
    has('kobe', 'フリーアドレス化');
    has('kobe', 'ペーパーレス化・電子決裁');
    has('fukaya', 'LoGoチャット');
    has('shibuya', '新庁舎移転');
    has('shibuya', '民間サテライトオフィス');
    has('matsumoto-1', '担当業務の見える化シート');
    has('matsumoto-2', '空き部屋等を活用し');
    has('kakegawa', '大きな経費をかけず、短期間での導入を実現');
  });

  it('テレワークの形態は各事例の文言に基づく', () => {
    expect(get('saga').forms).toEqual(['モバイルワーク']);
    expect(get('kobe').forms).toEqual(['在宅勤務']);
    expect(get('matsumoto-1').forms).toEqual(['在宅勤務']);
    for (const id of ['shibuya', 'matsumoto-2', 'kakegawa']) expect(get(id).forms).toContain('サテライトオフィス勤務');
  });

  it('出典は手引きのスライド17（事例1〜4）とスライド18（事例5〜7）', () => {
    for (const [id, c] of cases) expect(c.data.source, id).toMatchObject({ doc: 'guide', pages: Number(c.data.number[0]) <= 4 ? 'スライド17' : 'スライド18' });
  });

  it('本文のリンクは決まった URL（/steps/N/、/levels/、/guide/<章>/）だけを指す', () => {
    const chapters = ['significance', 'basics', 'process', 'step-points', 'task-levels', 'labor-management', 'case-studies'];
    for (const [id, c] of cases) {
      for (const m of c.body.matchAll(/\]\((\/[^)]*)\)/g)) {
        const href = m[1] ?? '';
        const ok = /^\/steps\/([1-9]|10)\/$/.test(href) || href === '/levels/' || chapters.some((ch) => href === `/guide/${ch}/`);
        expect(ok, `${id}: ${href}`).toBe(true);
      }
    }
  });
});

/**
 * Unit tests of src/lib/inventory/summary.ts.
 */
import { describe, expect, it } from 'vitest';
import { countLevels, SUMMARY_KEYS } from '../../../src/lib/inventory/levels';
import { levelActions } from '../../../src/lib/inventory/summary';
import { loadLevels } from '../../fixtures/inventory/load-levels';
import { levelLabel, type LevelInput } from '../../../src/lib/inventory/levels';

{
const levels = loadLevels();

describe('レベルごとのまとめ', () => {
  it('件数: レベルごとに数える', () => {
    expect(countLevels(['lv1', 'lv1', 'lv4', 'unclassified'])).toEqual({ lv1: 2, lv2: 0, lv3: 0, lv4: 1, unclassified: 1 });
  });

  it('次の一手: 各レベルの見出しと /levels/ のアンカー、Lv.Ⅱは導入するツールを挙げる', () => {
    const a = levelActions(levels);
    expect(a.map((x) => [x.level, x.heading, x.anchor])).toEqual([
      ['lv1', 'すぐ始められる', 'lv1'],
      ['lv2', '導入するツール', 'lv2'],
      ['lv3', 'デジタル化の進展次第', 'lv3'],
      ['lv4', '業務継続の方法・体制の検討', 'lv4'],
      ['unclassified', 'レベルを選ぶ', 'levels'],
    ]);
    expect(a[1]!.items).toEqual(expect.arrayContaining(['Web会議の活用', 'モバイル端末の活用', '電子決裁システムの活用']));
    expect(a[3]!.items.join('')).toContain('業務が継続できる方法・体制を検討');
  });
});
}

/**
 * The per-level summary of the task inventory (src/lib/inventory/summary.ts): counts, and what
 * the page tells the user to do next for each level, taken from the levels of content/levels.yaml.
 */
{
const levels = loadLevels();
const byId = (id: string) => levels.find((l) => l.id === id)!;
// Computed per call, inside each test (a value computed once at load would not see a mutant).
const actions = () => levelActions(levels);
const action = (id: string) => actions().find((a) => a.level === id)!;

describe('countLevels：レベルごとの件数', () => {
  it('業務がないときは5つの区分すべてが0件', () => {
    expect(countLevels([])).toEqual({ lv1: 0, lv2: 0, lv3: 0, lv4: 0, unclassified: 0 });
  });

  it('区分は Lv.Ⅰ〜Ⅳ と未分類の5つ、この順', () => {
    expect([...SUMMARY_KEYS]).toEqual(['lv1', 'lv2', 'lv3', 'lv4', 'unclassified']);
  });
});

describe('levelActions：レベルごとの次の一手', () => {
  it('各レベルの表示名は levelLabel と同じで、未分類は「未分類」', () => {
    expect(actions().map((a) => a.label)).toEqual([levelLabel('lv1'), levelLabel('lv2'), levelLabel('lv3'), levelLabel('lv4'), '未分類']);
  });

  it('説明文は手引きのレベルの定義を言い、未分類は4つのレベルから選ぶよう促す', () => {
    expect(action('lv1').text).toContain(byId('lv1').title);
    expect(action('lv2').text).toContain('ソフト・ハードの導入・改修等によりテレワークが導入しやすく');
    expect(action('lv3').text).toContain('デジタル化の進展に伴って対象とし得る業務');
    expect(action('lv4').text).toContain(byId('lv4').title);
    expect(action('unclassified').text).toContain('4つのレベル');
    expect(action('unclassified').items).toEqual([]);
  });

  it('Lv.Ⅰ は共通の工夫と業務類型ごとの工夫を、重複なしで挙げる', () => {
    const l = byId('lv1');
    const all = [...l.sharedTips, ...l.taskTypes.flatMap((t) => t.tips)];
    expect(action('lv1').items).toEqual([...new Set(all)]);
    expect(action('lv1').items.length).toBeGreaterThan(0);
  });

  it('Lv.Ⅱ は業務類型の工夫（導入するツール）を重複なしで挙げる', () => {
    const items = action('lv2').items;
    expect(items).toEqual([...new Set(byId('lv2').taskTypes.flatMap((t) => t.tips))]);
    expect(new Set(items).size).toBe(items.length);
  });

  it('Lv.Ⅲ は手引きの留意点の最後の1つ、Lv.Ⅳ は「デジタル化が進んでも」で始まるもの以外の留意点', () => {
    expect(action('lv3').items).toEqual(byId('lv3').points.slice(-1));
    expect(action('lv3').items).toHaveLength(1);
    const lv4 = byId('lv4').points;
    expect(action('lv4').items).toEqual(lv4.filter((p) => !p.startsWith('デジタル化が進んでも')));
    expect(action('lv4').items.some((p) => p.startsWith('デジタル化が進んでも'))).toBe(false);
  });

  it('重複した工夫は1つにまとめる（手作りのレベル）', () => {
    const make = (id: LevelInput['id'], over: Partial<LevelInput>): LevelInput => ({
      id, numeral: 'Ⅰ', title: 't', tipsHeading: '', sharedTips: [], forms: [], points: [], slide: 'スライド12', taskTypes: [], ...over,
    });
    const tt = (tips: string[]) => ({ id: 'x', name: 'n', examples: [], tips });
    const a = levelActions([
      make('lv1', { sharedTips: ['共通', '重複'], taskTypes: [tt(['重複', '個別'])] }),
      make('lv2', { taskTypes: [tt(['Web会議の活用']), tt(['Web会議の活用', '電子決裁'])] }),
      make('lv3', { points: ['一つ目', '二つ目', '最後'] }),
      make('lv4', { points: ['デジタル化が進んでも残る', '方法・体制を検討'] }),
    ] as LevelInput[]);
    expect(a.map((x) => x.items)).toEqual([['共通', '重複', '個別'], ['Web会議の活用', '電子決裁'], ['最後'], ['方法・体制を検討'], []]);
  });

  it('レベルの内容がないときは挙げる項目を空にし、見出しとアンカーは保つ', () => {
    const a = levelActions([]);
    expect(a.map((x) => x.items)).toEqual([[], [], [], [], []]);
    expect(a.map((x) => x.anchor)).toEqual(['lv1', 'lv2', 'lv3', 'lv4', 'levels']);
    expect(a.every((x) => x.heading && x.text)).toBe(true);
  });
});
}

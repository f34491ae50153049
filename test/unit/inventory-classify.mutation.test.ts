/**
 * The level suggestion (src/lib/inventory/classify.ts) where mutation testing found it unpinned:
 * the similarity measure and its threshold, ties between levels, what a match reports, the
 * reasons shown, and every sentence that explains a reason. Classifiers are built inside each
 * test (not once per file), so the building code is checked too. Hand-made levels keep the
 * arithmetic visible; the real levels check the rules as shipped.
 */
import { describe, expect, it } from 'vitest';
import {
  createClassifier, EXAMPLE_MIN, KIKAN_READING, MY_NUMBER_READING, NO_MATCH_TEXT, reasonSentence, reasonText, similarity, sourceLabel,
  type Reason, type Suggestion,
} from '../../src/lib/inventory/classify';
import { levelLabel, type LevelId, type LevelInput } from '../../src/lib/inventory/levels';
import { RULES } from '../../src/lib/inventory/rules';
import { loadLevels } from '../fixtures/inventory/load-levels';

const set = (...xs: string[]) => new Set(xs);
const bigrams = (s: string) => set(...Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2)));

type TypeSpec = { id: string; name: string; examples: string[]; tips?: string[] };
const level = (id: LevelId, types: TypeSpec[], over: Partial<LevelInput> = {}): LevelInput => ({
  id, numeral: 'Ⅰ', title: `${id}の題`, tipsHeading: `${id}の工夫`, sharedTips: [], forms: [`${id}の形態`], points: [], slide: `スライド${id.slice(2)}`,
  taskTypes: types.map((t) => ({ tips: [], ...t })), ...over,
});

describe('similarity：2文字組の似ている度合い', () => {
  it('どちらか（または両方）が空なら0（NaN にならない）', () => {
    expect(similarity(set(), set())).toBe(0);
    expect(similarity(set(), set('ab'))).toBe(0);
    expect(similarity(set('ab'), set())).toBe(0);
  });

  it('含まれる割合は3組以上の側だけで数え、0.9倍に割り引く', () => {
    const small = set('ab', 'bc');
    const big = bigrams('abcdefghijk'); // 10 組
    expect(similarity(small, big)).toBeCloseTo((2 * 2) / 12);
    expect(similarity(big, small)).toBeCloseTo((2 * 2) / 12);
    const three = set('ab', 'bc', 'cd');
    expect(similarity(three, big)).toBeCloseTo(0.9);
    expect(similarity(big, three)).toBeCloseTo(0.9);
  });

  it('同じ集合なら1', () => {
    expect(similarity(bigrams('議事録作成'), bigrams('議事録作成'))).toBe(1);
  });
});

describe('手作りのレベルでの照合', () => {
  it('似ている度合いがちょうどしきい値（0.72）なら例に近いとし、下回れば未分類', () => {
    expect(EXAMPLE_MIN).toBe(0.72);
    // name: 12 組, example: 13 組, 共通 9 組 → Dice = 18/25 = 0.72
    const c = createClassifier([level('lv2', [{ id: 'x', name: 'ぬ', examples: ['abcdefghijwxyz'] }])]);
    expect(similarity(bigrams('abcdefghijklm'), bigrams('abcdefghijwxyz'))).toBe(0.72);
    const s = c.classify('abcdefghijklm');
    expect([s.level, s.source]).toEqual(['lv2', 'example']);
    expect(c.classify('abcdefghiqklm').level).toBe('unclassified');
  });

  it('同じだけ似ている例が2つのレベルにあれば、並び順によらず厳しいほうのレベル', () => {
    const lv1 = level('lv1', [{ id: 'a', name: 'ぬ', examples: ['資料の作成と送付'] }]);
    const lv3 = level('lv3', [{ id: 'b', name: 'ね', examples: ['資料の作成と送付'] }]);
    expect(createClassifier([lv1, lv3]).classify('資料の作成と送付').level).toBe('lv3');
    expect(createClassifier([lv3, lv1]).classify('資料の作成と送付').level).toBe('lv3');
  });

  it('同じレベルの同じだけ似ている例なら、先に書かれた業務類型を採る', () => {
    const c = createClassifier([level('lv2', [{ id: 'first', name: 'ぬ', examples: ['資料の作成と送付'] }, { id: 'second', name: 'ね', examples: ['資料の作成と送付'] }])]);
    expect(c.classify('資料の作成と送付').taskType).toEqual({ id: 'first', name: 'ぬ' });
  });

  it('例に近いときは、例・スライド・業務類型を根拠にし、その類型の工夫と形態を返す', () => {
    const c = createClassifier([level('lv1', [{ id: 'docs', name: '資料の作成', examples: ['会議資料の印刷と配布'], tips: ['電子化'] }])]);
    const s = c.classify('会議資料の印刷と配布');
    expect(s).toEqual({
      level: 'lv1', source: 'example', tentative: false, taskType: { id: 'docs', name: '資料の作成' }, tipsHeading: 'lv1の工夫', tips: ['電子化'], residentNote: false,
      reasons: [{ level: 'lv1', source: 'example', term: '', quote: '会議資料の印刷と配布', slide: 'スライド1', typeId: 'docs', typeName: '資料の作成', kikan: '', weak: false }],
      typeReason: { level: 'lv1', source: 'example', term: '', quote: '会議資料の印刷と配布', slide: 'スライド1', typeId: 'docs', typeName: '資料の作成', kikan: '', weak: false },
      lv4Reasons: [],
    } satisfies Suggestion);
  });

  it('業務類型の名前に近いときは「手引きの記載による」で、引用は類型名', () => {
    const c = createClassifier([level('lv2', [{ id: 't', name: '専用ソフトを使う業務', examples: ['まったく別の例'] }])]);
    const s = c.classify('専用ソフトを使う業務');
    expect(s.source).toBe('guide');
    expect(s.reasons[0]).toMatchObject({ source: 'guide', term: '', quote: '専用ソフトを使う業務', typeName: '専用ソフトを使う業務' });
  });

  it('「業務」「各種」だけの名前は、それを除かずに照合する', () => {
    const c = createClassifier([level('lv1', [{ id: 't', name: 'ぬ', examples: ['各種業務'] }])]);
    expect(c.classify('各種業務').level).toBe('lv1');
  });

  it('類型に工夫がなければレベル共通の工夫、どちらもなければ手引きの記載（留意点）を載せる', () => {
    const shared = createClassifier([level('lv1', [{ id: 't', name: 'ぬ', examples: ['会議資料の印刷と配布'] }], { sharedTips: ['共通の工夫'] })]);
    expect(shared.classify('会議資料の印刷と配布')).toMatchObject({ tips: ['共通の工夫'], tipsHeading: 'lv1の工夫' });
    const points = createClassifier([level('lv4', [{ id: 't', name: 'ぬ', examples: ['会議資料の印刷と配布'] }], { points: ['継続の方法を検討'] })]);
    expect(points.classify('会議資料の印刷と配布')).toMatchObject({ tips: ['継続の方法を検討'], tipsHeading: '手引きの記載' });
  });

  it('照合できる文字がない名前は、住民情報の注意なしの未分類', () => {
    const c = createClassifier([level('lv1', [{ id: 't', name: 'ぬ', examples: ['会議資料'] }])]);
    expect(c.classify('・（）')).toEqual({ level: 'unclassified', source: 'none', reasons: [], tentative: false, taskType: null, tipsHeading: '', tips: [], residentNote: false, typeReason: null, lv4Reasons: [] });
  });
});

describe('実際のレベルと規則', () => {
  it('規則の語はすべて読み取り一覧に入り、要確認の印・レベル・出典は規則どおり', () => {
    const c = createClassifier(loadLevels());
    const byId = new Map(RULES.map((r) => [r.id, r]));
    expect(c.readings).toHaveLength(RULES.reduce((n, r) => n + r.terms.length, 0));
    for (const r of c.readings) {
      const rule = byId.get(r.ruleId)!;
      expect(rule.terms, r.ruleId).toContain(r.term);
      expect([r.level, r.source, r.weak]).toEqual([rule.level, rule.source, rule.weak === true]);
      expect(r.quote, r.term).not.toBe('');
      expect(r.slide).toMatch(/^スライド1[234]$/);
    }
  });

  it('引用は規則が指定した文、指定した語を含む例、なければ語を含む例', () => {
    const c = createClassifier(loadLevels());
    const reading = (term: string) => c.readings.find((r) => r.term === term)!;
    expect(reading('巡回')).toMatchObject({ quote: '現場巡回・訪問業務', slide: 'スライド13' });
    expect(reading('住民票').quote).toBe('個人番号利用事務系システムを利用する業務');
    expect(reading('議事録').quote).toContain('議事録');
  });

  it('内容から消えた業務類型の規則は使わない', () => {
    const levels = loadLevels().map((l) => ({ ...l, taskTypes: l.taskTypes.filter((t) => t.id !== 'communication') }));
    const c = createClassifier(levels);
    const dropped = RULES.filter((r) => r.typeId === 'communication').map((r) => r.id);
    expect(dropped.length).toBeGreaterThan(0);
    expect(c.readings.some((r) => dropped.includes(r.ruleId))).toBe(false);
    expect(c.readings.length).toBeGreaterThan(0);
  });

  it('根拠はレベル・出典・基幹業務ごとに1つ、最大4つ（決め手が先頭）', () => {
    const c = createClassifier(loadLevels());
    const same = c.classify('住民票と転入届');
    expect(same.reasons.filter((r) => r.kikan === '住民基本台帳')).toHaveLength(1);
    const many = c.classify('住民票と戸籍と印鑑登録と議事録と会議と現地確認');
    expect(many.reasons).toHaveLength(4);
    expect(new Set(many.reasons.map((r) => `${r.level}:${r.source}:${r.kikan}`)).size).toBe(4);
    expect(many.reasons[0]!.level).toBe('lv4');
  });

  it('表の長い語（事前審査・法令審査）の中の短い語（審査）は、長い語の根拠だけにする', () => {
    const c = createClassifier(loadLevels());
    for (const name of ['法令審査', '補助金の事前審査']) {
      const s = c.classify(name);
      expect(s.level, name).toBe('lv1');
      expect(s.reasons.map((r) => r.term), name).not.toContain('審査');
      expect(s.reasons.some((r) => r.level === 'lv3'), name).toBe(false);
    }
  });

  it('同じレベルなら、手引きの記載が当サイトの目安より先、長い語が先', () => {
    const c = createClassifier(loadLevels());
    const s = c.classify('現地確認とパトロール');
    expect(s.reasons.map((r) => r.source)).toEqual(['guide', 'site']);
    expect(s.source).toBe('guide');
  });
});

describe('根拠の文', () => {
  const base: Reason = { level: 'lv1', source: 'example', term: '', quote: '議事録作成', slide: 'スライド12', typeId: 't', typeName: '資料の作成', kikan: '', weak: false };

  it('出典の種類の名前（要確認の印つき）', () => {
    expect(sourceLabel({ source: 'guide', tentative: false })).toBe('手引きの記載による');
    expect(sourceLabel({ source: 'guide', tentative: true })).toBe('手引きの記載による（要確認）');
    expect(sourceLabel({ source: 'site', tentative: false })).toBe('当サイトの目安');
    expect(sourceLabel({ source: 'site', tentative: true })).toBe('当サイトの目安（要確認）');
    expect(sourceLabel({ source: 'example', tentative: true })).toBe('手引きの例に近い');
    expect(sourceLabel({ source: 'none', tentative: false })).toBe('');
  });

  it('例に近い：業務類型の名前があれば添える', () => {
    const lv = levelLabel('lv1');
    expect(reasonSentence(base)).toBe(`手引きの${lv}「資料の作成」の例「議事録作成」（スライド12）に近い業務です。`);
    expect(reasonSentence({ ...base, typeName: '' })).toBe(`手引きの${lv}の例「議事録作成」（スライド12）に近い業務です。`);
  });

  it('手引きの記載：語がなければ業務類型に近い、語があればその語を含むため', () => {
    const lv = levelLabel('lv2');
    const g = { ...base, level: 'lv2' as const, source: 'guide' as const };
    expect(reasonSentence({ ...g, quote: '専用ソフト' })).toBe(`手引きの${lv}の業務類型「専用ソフト」（スライド12）に近い業務です。`);
    expect(reasonSentence({ ...g, term: '電話' })).toBe(`「電話」を含むため：手引きの${lv}「資料の作成」の例「議事録作成」（スライド12）。`);
  });

  it('当サイトの目安：基幹業務、個人番号利用事務系、そのほか（要確認の印）', () => {
    const lv4 = levelLabel('lv4');
    const site = { ...base, level: 'lv4' as const, source: 'site' as const, term: '住民票', quote: '個人番号利用事務系システムを利用する業務', slide: 'スライド14' };
    expect(reasonSentence({ ...site, kikan: '住民基本台帳' })).toBe(
      `「住民票」は基幹業務「住民基本台帳」の語です。当サイトの目安：${KIKAN_READING}（標準化法（令和3年法律第40号）の20業務）。手引きは「個人番号利用事務系システムを利用する業務」を${lv4}としています（スライド14）。`,
    );
    expect(reasonSentence({ ...site, term: 'マイナンバー' })).toBe(
      `「マイナンバー」を含むため。当サイトの目安：${MY_NUMBER_READING}。手引きは「個人番号利用事務系システムを利用する業務」を${lv4}としています（スライド14）。`,
    );
    // Lv.Ⅳ but another quote, and another level with that quote: the general sentence
    expect(reasonSentence({ ...site, term: '水質検査', quote: '分析・実験機器を用いた業務', typeName: '' })).toBe(
      `「水質検査」を含むため、手引きの${lv4}の例「分析・実験機器を用いた業務」（スライド14）と同じ種類の業務と読みました（当サイトの目安）。`,
    );
    expect(reasonSentence({ ...site, level: 'lv3', term: '届', typeName: '', weak: true })).toBe(
      `「届」を含むため、手引きの${levelLabel('lv3')}の例「個人番号利用事務系システムを利用する業務」（スライド14）と同じ種類の業務と読みました（当サイトの目安、要確認）。`,
    );
  });

  it('根拠の文章：決め手の後に、同じレベルは「ほかの根拠」、違うレベルはそのレベルを示して続ける', () => {
    const first = { ...base };
    const sameLevel = { ...base, source: 'guide' as const, term: '議事録' };
    const other = { ...base, level: 'lv2' as const, source: 'guide' as const, term: '電話' };
    const s = { reasons: [first, sameLevel, other] } as Suggestion;
    expect(reasonText(s)).toBe(
      [reasonSentence(first), `ほかの根拠：${reasonSentence(sameLevel)}`, `${levelLabel('lv2')}の根拠もあります：${reasonSentence(other)}`].join(' '),
    );
    expect(reasonText({ reasons: [] as Reason[] } as Suggestion)).toBe(NO_MATCH_TEXT);
  });
});

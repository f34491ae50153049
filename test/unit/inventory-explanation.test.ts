/**
 * The explanation on /inventory/ (src/pages/inventory/index.astro) and the README say what the
 * rules do: every word they list as the guide's is a guide word of that level, every everyday
 * word of the 基幹業務 is a Lv.Ⅳ word of the site, every "general word" is one that only hints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, EXAMPLE_MIN, matchKey } from '../../src/lib/inventory/classify';
import { KIKAN, LEVY } from '../../src/lib/inventory/rules';
import { QUESTION_KEYS, QUESTIONS, RESIDENT_WORDS, PERSONAL_WORDS } from '../../src/lib/inventory/questions';
import { loadLevels } from '../fixtures/inventory/load-levels';

const c = createClassifier(loadLevels());
const page = readFileSync('src/pages/inventory/index.astro', 'utf8');
const readme = readFileSync('docs/architecture.md', 'utf8');
const LV: Record<string, string> = { 'Lv.Ⅰ': 'lv1', 'Lv.Ⅱ': 'lv2', 'Lv.Ⅲ': 'lv3', 'Lv.Ⅳ': 'lv4' };

/** 「A・B・C（Lv.Ⅲ、スライド14）」 → [[A, B, C], 'lv3'] from the page's 手引きの記載による entry. */
function guideLists(text: string): [string[], string][] {
  const dd = text.slice(text.indexOf('<dt>手引きの記載による</dt>'));
  const body = dd.slice(0, dd.indexOf('</dd>'));
  return [...body.matchAll(/([^、。（）]+?)（(Lv\.[ⅠⅡⅢⅣ])、スライド\d+）/g)].map((m) => [m[1]!.replace(/^.*たとえば\s*/, '').trim().split('・'), LV[m[2]!]!]);
}

describe('ページと README の説明が規則どおり', () => {
  it('「手引きの記載による」に挙げた語は、そのレベルの手引きの語', () => {
    const lists = guideLists(page);
    expect(lists.map((l) => l[1])).toEqual(['lv3', 'lv2', 'lv1', 'lv4']);
    for (const [terms, level] of lists) {
      for (const t of terms) expect(c.readings.some((r) => r.term.toLowerCase() === t.toLowerCase() && r.level === level && r.source === 'guide'), `${t} ${level}`).toBe(true);
    }
  });

  it('基幹業務の20業務と日常の語は、当サイトの Lv.Ⅳ の語', () => {
    // the page lists the 20 from KIKAN itself, so it cannot disagree with the rules
    expect(page).toContain("KIKAN.map((k) => k.name).join('、')");
    const words = /その日常の語（([^）]+?) など）/.exec(page)![1]!.split('、');
    const site = new Set([...KIKAN.flatMap((k) => k.terms), ...LEVY.terms]);
    for (const w of words) expect(site.has(w), w).toBe(true);
    const inReadme = /その日常の語（([^）]+?) など）/.exec(readme)![1]!.split('、');
    expect(inReadme).toEqual(words);
    for (const k of KIKAN) expect(readme, k.name).toContain(k.name);
  });

  it('「要確認」の例に挙げた一般的な語は、ほかに根拠がないときだけ使う弱い語', () => {
    for (const text of [page, readme]) {
      const words = /(作成・[^ ]+?) の?ような一般的な語|(作成・[^な]+?)などの一般的な語/.exec(text)!;
      const list = (words[1] ?? words[2])!.split('・');
      expect(list.length).toBeGreaterThanOrEqual(5);
      for (const w of list) expect(c.readings.some((r) => r.term === w && r.weak), w).toBe(true);
    }
  });

  it('README の「手引きの例に近い」のしきい値はコードと同じ', () => {
    expect(readme).toContain(`一致度が ${EXAMPLE_MIN} 以上`);
  });

  it('3つの問いと選択肢は、ページと README に questions.ts と同じ言葉で載っている', () => {
    for (const text of [page, readme]) {
      for (const k of QUESTION_KEYS) {
        expect(text, QUESTIONS[k].label).toContain(QUESTIONS[k].label);
        expect(text, QUESTIONS[k].label).toContain(QUESTIONS[k].options.map((o) => o.label).join('／'));
      }
      // the residents' note in the guide's words (自宅等, 物理的な対策) with its slide
      expect(text).toContain('「原則、自宅等でのテレワークの対象外」'.slice(1, -1));
      expect(text).toContain('庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）');
    }
  });

  it('住民の個人情報を推定する語として挙げた語は、推定の語の表にある', () => {
    for (const text of [page, readme]) {
      const list = /(個人データ・[^ ]+?) などの語/.exec(text)![1]!.split('・');
      expect(list.length).toBeGreaterThanOrEqual(15);
      const words = [...RESIDENT_WORDS, ...PERSONAL_WORDS, '宛名'].map(matchKey);
      for (const w of list) expect(words.includes(matchKey(w)), w).toBe(true);
    }
  });
});

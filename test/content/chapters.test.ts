import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { chapterSchema, type Chapter } from '../../src/schemas/chapter';
import { idRef } from '../support/id-ref';

const DIR = 'content/chapters';
const CHAPTER_IDS = ['significance', 'basics', 'process', 'step-points', 'task-levels', 'labor-management', 'case-studies'];
const STEP_IDS = Array.from({ length: 10 }, (_, i) => `step-${String(i + 1).padStart(2, '0')}`);
const PROGRAM_IDS = ['telework-manager', 'special-grant', 'lgwan-pilot', 'briefing'];
const CASE_IDS = ['ibaraki', 'saga', 'kobe', 'fukaya', 'shibuya', 'matsumoto-1', 'matsumoto-2', 'kakegawa'];
const RADICALS = /[\u2E80-\u2FDF]/u;

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
function readMdx(file: string): { raw: string; frontmatter: unknown; body: string } {
  const raw: string = readFileSync(join(DIR, file), 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${file}: frontmatter（--- で囲んだ部分）がありません`);
  return { raw, frontmatter: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
}

const files: string[] = (readdirSync(DIR) as string[]).filter((f: string) => f.endsWith('.mdx')).sort();
const chapters = files.map((f) => {
  const { raw, frontmatter, body } = readMdx(f);
  const result = chapterSchema(idRef).safeParse(frontmatter);
  return { id: f.replace(/\.mdx$/, ''), file: f, raw, body, result, data: (result.success ? result.data : undefined) as Chapter | undefined };
});
const byId = (id: string) => {
  const c = chapters.find((x) => x.id === id);
  if (!c) throw new Error(`章 ${id} がありません`);
  return c;
};
/** The body text between a heading and the next heading of the same or a higher level. */
function section(body: string, heading: string): string {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => /^#{2,4} /.test(l) && l.replace(/^#+ /, '').trim() === heading);
  if (start < 0) throw new Error(`見出し「${heading}」がありません`);
  const level = (lines[start] ?? '').indexOf(' ');
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{2,4} /.test(l) && l.indexOf(' ') <= level);
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}
const glossaryIds = new Set(
  (parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[]).map((t) => t.id),
);

describe('章（content/chapters）', () => {
  it('構成: 決められた7つの章がそろっている', () => {
    expect(chapters.map((c) => c.id).sort()).toEqual([...CHAPTER_IDS].sort());
  });

  it.each(files)('スキーマ: %s の frontmatter が章のスキーマに合う', (file) => {
    const c = chapters.find((x) => x.file === file)!;
    expect(c.result.success, c.result.success ? '' : JSON.stringify(c.result.error.issues, null, 2)).toBe(true);
  });

  it('順序: order は 0〜6 で重複せず、番号は表紙・Ⅰ〜Ⅵの順', () => {
    const sorted = [...chapters].sort((a, b) => a.data!.order - b.data!.order);
    expect(sorted.map((c) => c.data!.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sorted.map((c) => c.data!.numeral)).toEqual(['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ']);
    expect(sorted.map((c) => c.id)).toEqual(CHAPTER_IDS);
  });

  it('表示先: Ⅳ章だけが /levels/ に表示され、ほかは /guide/<id>/', () => {
    for (const c of chapters) expect(c.data!.path, c.id).toBe(c.id === 'task-levels' ? '/levels/' : undefined);
  });

  it('出典: すべての章が出典（資料とスライド・項番）を1つ以上持つ', () => {
    for (const c of chapters) {
      expect(c.data!.source.length, c.id).toBeGreaterThan(0);
      for (const s of c.data!.source) expect(s.pages, c.id).toMatch(/スライド|記|別添/);
    }
  });

  it('参照: steps / programs / cases は決められた id だけを指す', () => {
    for (const c of chapters) {
      for (const s of c.data!.steps) expect(STEP_IDS, `${c.id} → ${String(s)}`).toContain(s);
      for (const p of c.data!.programs) expect(PROGRAM_IDS, `${c.id} → ${String(p)}`).toContain(p);
      for (const k of c.data!.cases) expect(CASE_IDS, `${c.id} → ${String(k)}`).toContain(k);
    }
  });

  it('文字: U+2E80–U+2FDF の部首文字・半角カタカナを含まない', () => {
    for (const c of chapters) {
      expect(RADICALS.test(c.raw), c.file).toBe(false);
      expect(/[\uFF61-\uFF9F]/u.test(c.raw), c.file).toBe(false);
    }
  });

  it('リンク: 本文のサイト内リンクは決められたURLの形で、末尾に / がある', () => {
    const allowed = [
      /^\/glossary\/#[a-z0-9-]+$/,
      /^\/guide\/(significance|basics|process|step-points|labor-management|case-studies)\/$/,
      /^\/steps\/([1-9]|10)\/$/,
      /^\/steps\/$/,
      /^\/levels\/$/,
      /^\/cases\/$/,
      new RegExp(`^/cases/(${CASE_IDS.join('|')})/$`),
      new RegExp(`^/support/(${PROGRAM_IDS.join('|')})/$`),
      /^\/support\/$/,
      /^#/,
    ];
    for (const c of chapters) {
      const links = [...c.body.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
      for (const href of links) expect(allowed.some((re) => re.test(href)), `${c.id}: ${href}`).toBe(true);
    }
  });

  it('リンク: 用語集へのリンクは用語集にある用語を指し、1ページで同じ用語に2回以上リンクしない', () => {
    for (const c of chapters) {
      const ids = [...c.body.matchAll(/\(\/glossary\/#([a-z0-9-]+)\)/g)].map((m) => m[1] ?? '');
      for (const id of ids) expect(glossaryIds.has(id), `${c.id}: #${id}`).toBe(true);
      expect(new Set(ids).size, `${c.id}: ${ids.join(', ')}`).toBe(ids.length);
    }
  });

  it('日付: 和暦の初出には西暦を添える', () => {
    for (const c of chapters) {
      const first = /令和\d+年(?!度)/.exec(c.body);
      if (first) expect(c.body.slice(first.index, first.index + 12), c.id).toMatch(/^令和\d+年（\d{4}年）/);
    }
  });
});

describe('章の内容（手引きとの照合）', () => {
  it('表紙: 3つの意義が手引きの文言で、順番どおりにある', () => {
    const s = section(byId('significance').body, 'テレワーク推進の3つの意義');
    expect(s).toContain('1. 育児や介護などの時間的制約を抱える職員を含め、職員一人ひとりが多様な働き方を実現できる「働き方改革」の切り札');
    expect(s).toContain('2. 結果として、業務の効率化が図られることで行政サービスの向上にも効果');
    expect(s).toContain('3. 感染症対策に加え、災害時における行政機能の維持のための有効な手段');
  });

  it('表紙: 3つの形態の定義が意味どおりに割り当てられている（PDFでは入れ替わっている）', () => {
    const body = byId('significance').body;
    expect(section(body, '在宅勤務')).toContain('勤務地に出勤せず、自宅でPC等を活用して業務を遂行する形態');
    expect(section(body, 'サテライトオフィス勤務')).toContain('勤務地以外の出先機関・公共施設等で、PC等を活用して業務を遂行する形態');
    expect(section(body, 'モバイルワーク')).toContain('外出先・出張先や、移動中（交通機関の車内など）に、PCやタブレット等のモバイル端末等を活用して、業務を遂行する形態');
  });

  it('Ⅰ: スモールスタートとテレワーク≠在宅勤務を、通知 記3（1）①〜③とともに示す', () => {
    const c = byId('basics');
    expect(c.body).toContain('スモールスタートでよい');
    expect(c.body).toContain('テレワーク≠在宅勤務');
    expect(c.body).toContain('「業務」単位で検討すること');
    expect(c.data!.source.some((s) => s.doc === 'notice' && s.pages.startsWith('記3（1）'))).toBe(true);
  });

  it('Ⅱ: 10ステップが段階ごとに順に並び、各ステップのページへリンクする', () => {
    const body = byId('process').body;
    const phases: [string, number[]][] = [
      ['推進体制（ステップ1）', [1]],
      ['試行実施（ステップ2〜5）', [2, 3, 4, 5]],
      ['本格実施（ステップ6〜10）', [6, 7, 8, 9, 10]],
    ];
    for (const [heading, nums] of phases) {
      const s = section(body, heading);
      const items = [...s.matchAll(/^(\d+)\. \[ステップ(\d+)　[^\]]+\]\(\/steps\/(\d+)\/\)$/gm)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
      expect(items, heading).toEqual(nums.map((n) => [n, n, n]));
    }
  });

  it('Ⅲ: 10のステップすべてのページへ1行の要点つきでリンクする', () => {
    const body = byId('step-points').body;
    for (let n = 1; n <= 10; n++) expect(body, `ステップ${n}`).toMatch(new RegExp(`\\]\\(/steps/${n}/\\)：.+`));
  });

  it('Ⅳ: 業務単位、サテライトオフィス、LGWAN接続系と住民情報、モバイルワークの例、DX推進計画の6項目、業務継続を扱う', () => {
    const body = byId('task-levels').body;
    expect(body).toContain('「部署」単位や「職種」単位ではなく、「業務」単位で検討を行っていくことがポイント');
    expect(body).toContain('ネットワーク環境が整備された支所、公民館等をサテライトオフィスとして活用することも有効');
    expect(body).toContain('大量または機微な住民の情報を扱う業務については、原則、自宅等でのテレワークの対象外');
    expect(body).toContain('現場巡回・訪問業務');
    const dx = section(body, '自治体DX推進計画とテレワーク');
    const items = [...dx.matchAll(/^\d\. (.+)$/gm)].map((m) => m[1]);
    expect(items).toEqual([
      '自治体の情報システムの標準化・共通化',
      'マイナンバーカードの普及促進',
      '自治体の行政手続のオンライン化',
      '自治体のAI・[RPA](/glossary/#rpa)の利用促進',
      'テレワークの推進',
      'セキュリティ対策の徹底',
    ]);
    expect(body).toContain('感染症や災害の発生時においても、業務が継続できる方法・体制を検討');
  });

  it('Ⅴ: 始業・終業時刻の報告方法4つすべてと、それぞれの特徴を載せる', () => {
    const s = section(byId('labor-management').body, '始業・終業時刻の主な報告方法と特徴');
    const rows = [...s.matchAll(/<th scope="row">([\s\S]*?)<\/th>/g)].map((m) => (m[1] ?? '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'));
    expect(rows).toEqual(['Eメール', 'チャットツール', '電話', '勤怠管理ツール（始業・終業時刻等を管理することができるシステム）']);
    for (const text of [
      '職員が使い慣れているため、業務の報告を行いやすい',
      '職場の同僚も記録を共有可能',
      'Eメールと比べて、要件のみで投稿できる',
      'グループチャット等を活用すれば、職場の同僚も記録を共有可能',
      '使い慣れている、時間がかからないほか、コミュニケーションの時間が取れる',
      'ただし、履歴が残らないため、別途勤務時間の記録が必要',
      '人数が多くなると、管理職の負担が大きい',
      '出退勤の管理ができるツールを活用して、テレワーク時の始業・終業時刻等を管理',
      '大人数を管理しやすく、管理職の負担が軽くなる',
      '職場の同僚には共有しにくいため、別途共有のための運用ルールを定める必要がある',
    ]) expect(s, text).toContain(text);
    expect(s).toContain('<caption>');
  });

  it('Ⅴ: 在席確認の方法3つすべてと、その留意点を載せる', () => {
    const s = section(byId('labor-management').body, '在席確認・勤務状況の把握方法と特徴');
    const rows = [...s.matchAll(/<th scope="row">([\s\S]*?)<\/th>/g)].map((m) => m[1]);
    expect(rows).toEqual(['始終業時の報告を求める', '各種ツール（スケジューラー・チャットツール等）で在席状況を表示', 'Webカメラ']);
    expect(s).toContain('「連絡可能」「取り込み中」「応答不可」「退席中」');
    expect(s).toContain('必ずしも業務を行っていないと限らないことに留意が必要');
    expect(s).toContain('管理コストが大きく、デメリットもある点に留意が必要');
  });

  it('Ⅴ: コミュニケーションの4つの取組と、進捗把握の2つの方法の項目をすべて載せる', () => {
    const body = byId('labor-management').body;
    for (const h of ['チャットツールの活用', 'Web会議の活用', '業務の進捗管理の工夫', '1on1ミーティングの活用']) expect(section(body, h).trim(), h).not.toBe('');
    const start = section(body, '業務開始時・終了時の作業予定及び作業内容の報告・共有');
    expect(start.match(/^- /gm)).toHaveLength(4);
    const web = section(body, 'Web会議を通じた報告・共有');
    expect(web.match(/^- /gm)).toHaveLength(2);
  });

  it('Ⅴ: 公正な評価は「評価者の意識啓発」のみで、手引きにない内容を足さない', () => {
    const s = section(byId('labor-management').body, '③公正な評価');
    expect(s).toContain('評価者の意識啓発');
    expect(s).toContain('これ以上の具体的な説明はありません');
  });

  it('Ⅵ: 8つの事例すべてに副題つきでリンクする', () => {
    const c = byId('case-studies');
    for (const id of CASE_IDS) expect(c.body, id).toMatch(new RegExp(`\\]\\(/cases/${id}/\\)：.+`));
    expect(c.data!.cases).toEqual(CASE_IDS);
    expect(c.body).toContain('支所等の施設を活用したサテライトオフィスの設置（事例7');
  });
});

/**
 * The 10 steps (content/steps/step-NN.mdx): every file parses with its schema, the numbering and
 * phases follow the guide (手引き スライド3–10), and every reference uses a fixed id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { idRef } from '../support/id-ref';
import { stepSchema } from '../../src/schemas/step';

const dir = join(import.meta.dirname, '../../content/steps');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
const schema = stepSchema(idRef);

/** Splits an MDX file into its YAML frontmatter and its body. */
function splitMdx(text: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('frontmatter がありません');
  return { data: parse(m[1]!), body: m[2]! };
}

const steps = files.map((f) => {
  const text = readFileSync(join(dir, f), 'utf8');
  const { data, body } = splitMdx(text);
  // The body as a reader sees its words: markdown links and emphasis removed.
  const plain = body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '');
  return { file: f, id: f.replace(/\.mdx$/, ''), text, body, plain, data: schema.parse(data) };
});

const CHAPTERS = ['significance', 'basics', 'process', 'step-points', 'task-levels', 'labor-management', 'case-studies'];
const PROGRAMS = ['telework-manager', 'special-grant', 'lgwan-pilot', 'briefing'];
const CASES = ['ibaraki', 'saga', 'kobe', 'fukaya', 'shibuya', 'matsumoto-1', 'matsumoto-2', 'kakegawa'];
const TITLES = [
  '推進体制の構築',
  '実態把握・課題整理',
  '環境整備（ハード面・ソフト面）',
  '試行',
  '検証',
  '全体の実態把握・課題整理',
  '導入目的・対象者の明確化',
  '当面の推進方針決定',
  '環境整備（ハード面・ソフト面）',
  '本格実施・中長期の展望検討',
];
const phaseOf = (n: number) => (n === 1 ? '推進体制' : n <= 5 ? '試行実施' : '本格実施');

describe('ステップ（content/steps）', () => {
  it('ファイルは step-01.mdx … step-10.mdx のちょうど10件', () => {
    expect(files).toEqual(Array.from({ length: 10 }, (_, i) => `step-${String(i + 1).padStart(2, '0')}.mdx`));
  });

  it('番号は1〜10でファイル名と一致し、フェーズは手引きどおり（1＝推進体制、2〜5＝試行実施、6〜10＝本格実施）', () => {
    for (const s of steps) {
      expect(s.id, s.file).toBe(`step-${String(s.data.number).padStart(2, '0')}`);
      expect(s.data.phase, s.file).toBe(phaseOf(s.data.number));
    }
    expect(steps.map((s) => s.data.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('タイトルは手引きの「＜ステップN＞…」の文言どおり', () => {
    expect(steps.map((s) => s.data.title)).toEqual(TITLES);
  });

  it('各ステップは1つ以上の章と、自分のチェックリスト（ステップN → step-0N）に紐づく', () => {
    for (const s of steps) {
      expect(s.data.chapters.length, s.file).toBeGreaterThanOrEqual(1);
      expect(s.data.checklist, s.file).toBe(s.id);
    }
  });

  it('章・支援策・事例への参照は決められた id だけを使う', () => {
    for (const s of steps) {
      for (const c of s.data.chapters) expect(CHAPTERS, `${s.file}: chapters ${String(c)}`).toContain(c);
      for (const p of s.data.programs) expect(PROGRAMS, `${s.file}: programs ${String(p)}`).toContain(p);
      for (const c of s.data.cases) expect(CASES, `${s.file}: cases ${String(c)}`).toContain(c);
    }
  });

  it('支援策は手引きの「国の支援策①②③」の位置に合わせて紐づく（①→1、②→6・9、③→3・9）', () => {
    const programsOf = (n: number) => steps[n - 1]!.data.programs as unknown[];
    expect(programsOf(1)).toContain('telework-manager');
    expect(programsOf(6)).toContain('special-grant');
    expect(programsOf(9)).toContain('special-grant');
    expect(programsOf(3)).toContain('lgwan-pilot');
    expect(programsOf(9)).toContain('lgwan-pilot');
  });

  it('本文中のサイト内リンクは既知のパスだけ（章・ステップ・事例・支援策・用語集など）', () => {
    const known = new Set([
      ...CHAPTERS.filter((c) => c !== 'task-levels').map((c) => `/guide/${c}/`),
      ...Array.from({ length: 10 }, (_, i) => `/steps/${i + 1}/`),
      ...CASES.map((c) => `/cases/${c}/`),
      ...PROGRAMS.map((p) => `/support/${p}/`),
      '/levels/', '/cases/', '/support/', '/glossary/', '/data/', '/checklists/',
    ]);
    for (const s of steps)
      for (const m of s.body.matchAll(/\]\((\/[^)#\s]*)(#[^)\s]*)?\)|href="(\/[^"#]*)/g)) {
        const path = m[1] ?? m[3]!;
        expect(known.has(path), `${s.file}: ${path}`).toBe(true);
      }
  });

  // Every anchor the steps use must exist in the glossary.
  const GLOSSARY = join(import.meta.dirname, '../../content/glossary.yaml');
  it('用語集へのリンク（/glossary/#id）は用語集にある id だけを使う', () => {
    const terms = parse(readFileSync(GLOSSARY, 'utf8')) as { id: string }[];
    const ids = new Set(terms.map((t) => t.id));
    for (const s of steps)
      for (const m of s.body.matchAll(/\/glossary\/#([a-z0-9-]+)/g)) expect(ids.has(m[1]!), `${s.file}: #${m[1]}`).toBe(true);
  });

  it('U+2E80–U+2FDF の部首文字・半角カナを含まない', () => {
    for (const s of steps) {
      expect(/[\u2E80-\u2FDF]/u.test(s.text), s.file).toBe(false);
      expect(/[\uFF61-\uFF9F]/u.test(s.text), s.file).toBe(false);
    }
  });

  it('出典はスライド番号を示す（スライド3〜11の範囲）', () => {
    for (const s of steps) {
      expect(s.data.source.doc, s.file).toBe('guide');
      expect(s.data.source.pages, s.file).toMatch(/スライド(?:[3-9]|1[01])/);
    }
  });

  it('忠実性: ステップ1に推進体制図の全要素（首長、CIO、CIO補佐官、5部門、役割の表示）がある', () => {
    const body = steps[0]!.plain;
    for (const w of [
      '首長', '副市町村長等（CIO）', 'CIO補佐官', '情報政策担当部門', '行政改革・人事担当部門', '財政担当部門',
      '法令担当部門', '業務担当部門', '技術面での検討主体', '実施主体', '実務面・予算面での検討主体',
      '実態把握・課題整理', '環境整備、導入目的、推進方針',
    ])
      expect(body, w).toContain(w);
    expect(steps[0]!.body).toContain('(https://www.soumu.go.jp/main_content/000746987.pdf)');
  });

  it('忠実性: ステップ7に3つの意義があり、図「テレワークの導入目的」は PDF を案内する', () => {
    const body = steps[6]!.plain;
    expect(body).toContain('「働き方改革」の切り札');
    expect(body).toContain('業務の効率化が図られることで行政サービスの向上にも効果');
    expect(body).toContain('災害時における行政機能の維持のための有効な手段');
    expect(body).toContain('その他の項目は、手引きのPDFのスライド8でご確認ください');
    expect(steps[6]!.body).toContain('(https://www.soumu.go.jp/main_content/000746987.pdf)');
  });

  it('忠実性: 手引きの本文の要点が各ステップの本文にある', () => {
    const must: Record<number, string[]> = {
      2: ['スモールスタート', '現行の業務プロセスを検証'],
      3: ['必ずしもイントラネットへのアクセスを前提とする必要はありません', '資料の電子化・共有フォルダへの保存', '支所や公民館等'],
      4: ['対象者全員が必ず1回は実施', '管理職にも試行してもらうことが重要'],
      5: ['量的・質的評価', '育児・介護に携わる職員'],
      6: ['周辺業務（報告書作成等、日頃着手できていない業務）', 'サテライトオフィスやモバイルワークの利活用'],
      8: ['予算措置、規程の整備、運用の見直し', '所属長と都度相談'],
      9: ['初期導入経費について特別交付税措置'],
      10: ['PDCAサイクルを回すことが重要', '標準化・共通化'],
    };
    for (const [n, words] of Object.entries(must)) for (const w of words) expect(steps[Number(n) - 1]!.plain, `step ${n}: ${w}`).toContain(w);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ProgramSchema, type Program } from '../../src/schemas/program';

const dir = new URL('../../content/programs/', import.meta.url);
const readFrontmatter = (file: string): unknown => {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(new URL(file, dir), 'utf8'));
  if (!m) throw new Error(`${file}: frontmatter がありません`);
  return parse(m[1] ?? '');
};
const programs = new Map<string, Program>(
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [f.replace(/\.mdx$/, ''), ProgramSchema.parse(readFrontmatter(f))]),
);
const get = (id: string) => {
  const p = programs.get(id);
  if (!p) throw new Error(`支援策 ${id} がありません`);
  return p;
};
const factText = (p: Program) => p.facts.flatMap((f) => f.items).join('\n');

describe('国の支援策（content/programs/）', () => {
  it('4つの支援策が決まった id でそろい、order が重複しない', () => {
    expect([...programs.keys()].sort()).toEqual(['briefing', 'lgwan-pilot', 'special-grant', 'telework-manager']);
    expect(new Set([...programs.values()].map((p) => p.order)).size).toBe(4);
  });

  it('どれも対象・内容・費用・期間・時点・確認先（連絡先）を持つ', () => {
    for (const [id, p] of programs) {
      for (const v of [p.target, p.content, p.cost, p.period, p.asOf, p.asOfLabel]) expect(v, id).not.toBe('');
      expect(p.contacts.length, id).toBeGreaterThan(0);
    }
  });

  it('テレワークマネージャー: 対象団体①②、相談実施期間、費用、通知の体制強化がある', () => {
    const p = get('telework-manager');
    const t = factText(p);
    expect(t).toContain('①民間企業（株式会社、合名会社、合資会社、合同会社等又は特定非営利活動法人）');
    expect(t).toContain('②都道府県・市町村等の地方公共団体及びそれに準ずる団体等');
    expect(t).toContain('令和3年（2021年）4月1日（木）〜令和4年（2022年）3月中旬');
    expect(t).toContain('コンサルティング費用：無料');
    expect(t).toContain('コンサルティングに係る通信費（電話料金やネット通信料）：実費負担');
    expect(t).toContain('地方公共団体における実務に知見のある専門家');
    expect(t).toContain('人事担当部署における業務（労務管理上の課題等）');
    expect(p.url).toBe('https://teleworkmanager.go.jp/');
  });

  it('特別交付税措置: 措置率0.5（財政力補正あり）、上限なし、対象経費7項目、令和4年度が新しく令和3年度が履歴', () => {
    const p = get('special-grant');
    const t = factText(p);
    expect(t).toContain('※措置率0.5（財政力補正あり）');
    expect(t).toContain('上限なし');
    expect(t).toContain('令和2年度〜');
    expect(p.facts.find((f) => f.label === '対象経費')?.items).toEqual([
      'ICT機器導入に係る費用',
      '外部接続情報システム・コミュニケーションツールに係る費用',
      'ソフトウェア費用',
      'ライセンス費用',
      'シンクライアント化等のセキュリティ対策に係る費用',
      'サーバ設置費用',
      '導入にあたってのサポート費用 等',
    ]);
    expect(p.superseded[0]?.old).toContain('令和3年度も継続予定');
    expect(p.superseded[0]?.new).toContain('令和4年度');
  });

  it('実証実験: J-LIS と IPA、LGWAN接続系へのリモートアクセス、無償、794団体（新）と460団体（履歴）', () => {
    const p = get('lgwan-pilot');
    expect(p.operator).toContain('J-LIS');
    expect(p.operator).toContain('IPA');
    expect(p.cost).toBe('無償');
    expect(factText(p)).toContain('LGWAN接続系端末');
    expect(factText(p)).toContain('794団体');
    expect(factText(p)).toContain('令和3年度末まで実施の予定');
    const count = p.superseded.find((s) => s.field === '提供団体数');
    expect(count?.old).toContain('460団体');
    expect(count?.new).toContain('794団体');
    expect(count?.oldSource.doc).toBe('guide');
    expect(count?.newSource.doc).toBe('notice');
  });

  it('説明会: 令和3年9月、LASCOMネットのライブ放映、3つの内容、映像と資料の掲載先', () => {
    const p = get('briefing');
    expect(p.operator).toContain('LASCOMネット');
    expect(p.facts.find((f) => f.label === '内容')?.items).toHaveLength(3);
    expect(p.url).toBe('http://www.lascom.or.jp/movie/jichi');
    expect(p.summary).toContain('令和3年（2021年）9月');
    expect(p.period).toContain('令和3年9月');
  });

  it('履歴（superseded）は古い方が手引き、新しい方が通知で、日付が古い順', () => {
    for (const [id, p] of programs)
      for (const s of p.superseded) {
        expect(s.oldAsOf < s.newAsOf, `${id}: ${s.field}`).toBe(true);
      }
  });
});

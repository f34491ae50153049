import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GlossaryTermSchema, type GlossaryTerm } from '../../src/schemas/glossary';
import { groupTerms } from '../../src/components/guide/glossary-groups';

const raw = readFileSync('content/glossary.yaml', 'utf8');
const items = parseYaml(raw) as { id: string }[];
const parsed = items.map((item) => ({ id: item.id, result: GlossaryTermSchema.safeParse(item) }));
const terms = parsed.filter((p) => p.result.success).map((p) => ({ ...(p.result.data as GlossaryTerm), id: p.id }));
const byId = (id: string) => {
  const t = terms.find((x) => x.id === id);
  if (!t) throw new Error(`用語 ${id} がありません`);
  return t;
};

const REQUIRED: [id: string, term: string][] = [
  ['lgwan', 'LGWAN'], ['lgwan-connected', 'LGWAN接続系'], ['internet-connected', 'インターネット接続系'],
  ['my-number-system', '個人番号利用事務系'], ['cio', 'CIO'], ['cio-adviser', 'CIO補佐官'], ['bcp', 'BCP（業務継続計画）'],
  ['presence', 'プレゼンス機能'], ['one-on-one', '1on1ミーティング'], ['thin-client', 'シンクライアント'],
  ['tokubetsu-kofuzei', '特別交付税'], ['sochiritsu', '措置率'], ['zaiseiryoku-hosei', '財政力補正'], ['j-lis', 'J-LIS'],
  ['ipa', 'IPA'], ['lascom', 'LASCOM'], ['dx-plan', '自治体DX推進計画'], ['telework-manager', 'テレワークマネージャー'],
  ['satellite-office', 'サテライトオフィス勤務'], ['mobile-work', 'モバイルワーク'], ['work-from-home', '在宅勤務'],
  ['small-start', 'スモールスタート'], ['paperless', 'ペーパーレス'], ['e-approval', '電子決裁'], ['web-meeting', 'Web会議'],
  ['chat-tool', 'チャットツール'], ['attendance-tool', '勤怠管理ツール'], ['remote-access', 'リモートアクセス'],
  ['intranet', 'イントラネット'], ['part-time-staff', '非常勤職員'], ['general-admin-staff', '一般行政職員'],
];
const KNOWN_PATH = [
  /^\/$/, /^\/glossary\/$/, /^\/levels\/(#lv[1-4])?$/, /^\/data\/$/, /^\/cases\/$/, /^\/support\/$/, /^\/steps\/([1-9]|10)\/$/,
  /^\/guide\/(significance|basics|process|step-points|labor-management|case-studies)\/$/,
  /^\/cases\/(ibaraki|saga|kobe|fukaya|shibuya|matsumoto-1|matsumoto-2|kakegawa)\/$/,
  /^\/support\/(telework-manager|special-grant|lgwan-pilot|briefing)\/$/,
];

describe('用語集（content/glossary.yaml）', () => {
  it.each(parsed.map((p) => [p.id, p] as const))('スキーマ: %s が用語のスキーマに合う', (_id, p) => {
    expect(p.result.success, p.result.success ? '' : JSON.stringify(p.result.error.issues, null, 2)).toBe(true);
  });

  it('id: すべての用語に kebab-case の id があり、重複しない', () => {
    const ids = items.map((i) => i.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('収録: 新しく担当になった人がつまずく必須の用語がそろっている', () => {
    for (const [id, term] of REQUIRED) expect(byId(id).term, id).toBe(term);
  });

  it('表記: 用語名と別表記は、用語集全体で重複しない', () => {
    const names = terms.flatMap((t) => [t.term, ...t.aliases]);
    const dup = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dup).toEqual([]);
  });

  it('文字: U+2E80–U+2FDF の部首文字・半角カタカナを含まない', () => {
    expect(/[\u2E80-\u2FDF]/u.test(raw)).toBe(false);
    expect(/[\uFF61-\uFF9F]/u.test(raw)).toBe(false);
  });

  it('出典: 出典のある定義は手引き・通知の文言どおり', () => {
    expect(byId('presence').definition).toContain('「連絡可能」「取り込み中」「応答不可」「退席中」など、ユーザーの在席状況を表示する機能');
    expect(byId('presence').source?.pages).toBe('スライド15');
    expect(byId('one-on-one').definition).toContain('上司と部下が1対1で定期的に面談を行う取組');
    expect(byId('work-from-home').definition).toBe('勤務地に出勤せず、自宅でPC等を活用して業務を遂行する形態です。');
    expect(byId('satellite-office').definition).toBe('勤務地以外の出先機関・公共施設等で、PC等を活用して業務を遂行する形態です。');
    expect(byId('mobile-work').definition).toContain('外出先・出張先や、移動中（交通機関の車内など）');
    expect(byId('small-start').source).toMatchObject({ doc: 'notice', pages: '記3（1）①' });
  });

  it('出典: 出典の文書が定義していない一般的な用語は、出典なし（サイトによる補足説明）にする', () => {
    for (const id of ['lgwan', 'cio', 'bcp', 'thin-client', 'remote-access', 'intranet']) expect(byId(id).source, id).toBeUndefined();
  });

  it('記載: 手引き・通知での記載にはすべて出典があり、数値は出典どおり', () => {
    for (const t of terms) for (const m of t.mentions) expect(m.source.pages, t.id).not.toBe('');
    expect(byId('j-lis').mentions[0]!.text).toContain('794団体');
    expect(byId('part-time-staff').mentions[0]!.text).toContain('445団体（48.6%）');
    expect(byId('sochiritsu').mentions[0]!.text).toContain('措置率0.5（財政力補正あり）');
  });

  it('関連ページ: seeAlso はサイトにあるURLだけを指す', () => {
    for (const t of terms) for (const p of t.seeAlso) expect(KNOWN_PATH.some((re) => re.test(p)), `${t.id}: ${p}`).toBe(true);
  });

  it('並び: あ行〜わ行・英数字に分けると、すべての用語がちょうど1回ずつ入る', () => {
    const groups = groupTerms(terms);
    const ids = groups.flatMap((g) => g.terms.map((t) => t.id));
    expect(ids.sort()).toEqual(terms.map((t) => t.id).sort());
    expect(groups.find((g) => g.key === 'alpha')?.terms.map((t) => t.id)).toContain('lgwan');
    expect(groups.find((g) => g.key === 'sa')?.terms.map((t) => t.id)).toContain('satellite-office');
  });
});

/**
 * Unit tests of src/lib/ondemand-kian-docx.ts.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { emptyKian } from '../../src/schemas/state/kian';
import { GUIDE_REASONS, kianDocument, NOTICE_REQUEST } from '../../src/lib/kian';
import { kianDocxBlob } from '../../src/lib/ondemand-kian-docx';
import { ctx } from './support/kian-context';

describe('Word（.docx）', () => {
  it('件名・決裁欄の職名・団体名・ページ番号・添付の表が文書の XML にある', async () => {
    const k = { ...emptyKian(), author: '山田太郎', texts: { title: 'テレワーク試行の実施について' }, costs: [{ item: 'ノートPC 10台', amount: '1500000', source: '特別交付税措置' }] };
    const doc = kianDocument(k, ctx(), {
      diagnosis: { heading: '自己診断の結果', lines: ['合計48点'], rows: [['推進体制', '50点']] },
      plan: { rows: [['1 推進体制の構築', '令和8年6月', '令和8年7月']] },
      progress: { rows: [['1 推進体制の構築', '進行中', '総務課', '令和8年7月31日']] },
      inventory: { rows: [['議事録の作成', '総務課', 'Lv.Ⅰ', ''], ['住民の個人データの集計', '市民課', 'Lv.Ⅱ（提案）（暫定・要確認）', '大量または機微な住民の情報を扱う業務は「原則、自宅等でのテレワークの対象外」']] },
    });
    const zip = await JSZip.loadAsync(new Uint8Array(await (await kianDocxBlob(doc)).arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['手引き（スライド1「地方公共団体におけるテレワーク推進の意義」）', '通知（前文）', 'テレワーク試行の実施について', '町長', '副町長', '総務課長', '担当', '財政課長', '合議', '山田太郎', '1,500,000円', '特別交付税措置', GUIDE_REASONS[0], NOTICE_REQUEST, '議事録の作成', '住民情報の注意', '暫定・要確認', '自宅等でのテレワークの対象外', '1 推進体制の構築', '令和9年（2027年）4月', '当サイトの案']) expect(text).toContain(s);
    expect(text).not.toContain('テレワーク試行の実施について（当サイトの案）');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    const headers = Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f));
    const hf = (await Promise.all(headers.map((f) => zip.file(f)!.async('string')))).join('');
    expect(hf).toContain('〇〇町');
    expect(hf).toMatch(/PAGE/);
    expect(hf).toMatch(/NUMPAGES/);
  });
});

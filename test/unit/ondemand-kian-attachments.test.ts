/**
 * Unit tests of src/lib/ondemand-kian-attachments.ts: the attachments of the Word 起案 as rows of text.
 */
import { describe, expect, it } from 'vitest';
import { kianAttachments, RESIDENT_CELL, type AttachmentInput } from '../../src/lib/ondemand-kian-attachments';
import { ctx } from './support/kian-context';

const input = (over: Partial<AttachmentInput> = {}): AttachmentInput => ({
  ctx: ctx(),
  plan: { 'step-01': { start: '2026-06', end: '2026-07' }, 'step-02': { start: '2026-08', end: '2026-09' } },
  steps: [
    { number: 1, title: '推進体制の構築', status: 'done', owner: '総務課', due: '2026-07-31', dueFromPlan: false, overdue: false },
    { number: 2, title: '実態把握', status: 'in-progress', owner: '', due: '', dueFromPlan: false, overdue: false },
  ],
  stepIds: ['step-01', 'step-02'],
  tasks: [],
  which: { diagnosis: true, plan: true, progress: true, inventory: true },
  ...over,
});

describe('Word の添付（表の行）', () => {
  it('自己診断：見出し、合計・区分・いまの位置の1行、領域ごとの点数', () => {
    const c = ctx({ diagnosis: { date: '2026-05-20', total: 48, band: '取組の途中', step: 2, stepTitle: '実態把握・課題整理', areas: [['推進体制', 50], ['ICT環境', 40]] } });
    expect(kianAttachments(input({ ctx: c })).diagnosis).toEqual({
      heading: '自己診断の結果',
      lines: ['合計48点（100点満点）、区分「取組の途中」（当サイトの目安）。いまの位置：ステップ2「実態把握・課題整理」。'],
      rows: [['推進体制', '50点'], ['ICT環境', '40点']],
    });
    expect(kianAttachments(input({ ctx: ctx({ diagnosis: null }) })).diagnosis).toBeNull();
  });

  it('工程表：ステップごとの開始・終了の月；工程表がなければなし', () => {
    expect(kianAttachments(input()).plan).toEqual({ rows: [['1 推進体制の構築', '令和8年（2026年）6月', '令和8年（2026年）7月'], ['2 実態把握', '令和8年（2026年）8月', '令和8年（2026年）9月']] });
    expect(kianAttachments(input({ plan: null })).plan).toBeNull();
  });

  it('進捗：自分で決めた期限は印なし、期限がなければ空', () => {
    expect(kianAttachments(input()).progress).toEqual({ rows: [['1 推進体制の構築', '完了', '総務課', '令和8年（2026年）7月31日'], ['2 実態把握', '進行中', '', '']] });
  });

  it('棚卸し：未分類は提案・選択の印なし（要確認なら暫定の印）、住民情報の業務だけ注意の文；業務がなければなし', () => {
    const tasks = [
      { name: '謎の業務', unit: '', level: 'unclassified' as const, chosen: false, needsCheck: true, residentNote: false },
      { name: '選んだ未分類', unit: '企画課', level: 'unclassified' as const, chosen: true, needsCheck: false, residentNote: false },
      { name: '窓口の記録', unit: '市民課', level: 'lv3' as const, chosen: true, needsCheck: false, residentNote: true },
      { name: '庁外の会議', unit: '総務課', level: 'lv4' as const, chosen: false, needsCheck: false, residentNote: false },
    ];
    expect(kianAttachments(input({ tasks })).inventory).toEqual({
      rows: [
        ['謎の業務', '', '未分類（暫定・要確認）', ''],
        ['選んだ未分類', '企画課', '未分類', ''],
        ['窓口の記録', '市民課', 'Lv.Ⅲ（選択）', RESIDENT_CELL],
        ['庁外の会議', '総務課', 'Lv.Ⅳ（提案）', ''],
      ],
    });
    expect(kianAttachments(input({ tasks: [] })).inventory).toBeNull();
    expect(kianAttachments(input({ tasks, which: { diagnosis: true, plan: true, progress: true, inventory: false } })).inventory).toBeNull();
    expect(RESIDENT_CELL).toBe('大量または機微な住民の情報を扱う業務は「原則、自宅等でのテレワークの対象外」、「庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）」ではアクセスが許容される（手引き スライド12）');
  });
});

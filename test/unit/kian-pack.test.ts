import { describe, expect, it } from 'vitest';
import { emptyState } from '../../src/lib/storage';
import { contentForKian, scopeTasks, type PackContent } from '../../src/lib/kian-pack';
import { outcomesFor } from '../../src/lib/inventory/ondemand-outcomes';
import { kianAttachments, RESIDENT_CELL } from '../../src/lib/ondemand-kian-attachments';
import { loadLevels } from '../fixtures/inventory/load-levels';
import { all, areas, bands, questions } from './support/diagnosis-fixture';

const steps = Array.from({ length: 10 }, (_, i) => ({ id: `step-${String(i + 1).padStart(2, '0')}`, number: i + 1, title: `題${i + 1}`, phase: i === 0 ? '推進体制' : i < 5 ? '試行実施' : '本格実施', items: [] }));
const content: PackContent = { steps, diagnosis: { areas, questions, bands, steps: steps.map((s) => ({ number: s.number, title: s.title, href: '' })) }, levels: [], programs: [] };
/** The guide's level table (content/levels.yaml): the cover counts the inventory as /inventory/ derives it. */
const levels = loadLevels();

function state() {
  const s = emptyState();
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: '' };
  s.diagnosis = { ...s.diagnosis, answers: all('partial'), updatedAt: '2026-05-20T03:00:00.000Z' };
  s.plan = { start: '2026-04', target: '2027-04', steps: {}, milestones: [], updatedAt: '' };
  s.inventory = {
    department: '',
    tasks: [
      // answered: no personal data, internet side, any place → settled
      { id: 'a', name: '会議議事録作成', unit: '総務課', memo: '', override: '', answers: { info: 'none', system: 'internet', place: 'anywhere' } },
      // answered the same, but the officer keeps the level it derives
      { id: 'b', name: '統計資料の集計', unit: '企画課', memo: '', override: '', answers: { info: 'none', system: 'lgwan', place: 'anywhere' } },
      // not answered: residents' data pre-filled as 推定 → 要確認 and the residents' note
      { id: 'c', name: '住民の個人データの集計', unit: '市民課', memo: '', override: '' },
      // not answered, and the officer's choice: still 要確認 until answered
      { id: 'd', name: '謎の業務', unit: '', memo: '', override: 'lv2' },
    ],
    updatedAt: '',
  };
  return s;
}

describe('起案が他の部分から取る要約', () => {
  it('自己診断・工程表・棚卸しの要約（要確認と住民の情報の数）', () => {
    const s = state();
    const tasks = scopeTasks(s.inventory.tasks, outcomesFor(s.inventory.tasks, levels));
    expect(tasks.map((t) => [t.level, t.chosen, t.needsCheck, t.residentNote])).toEqual([
      ['lv1', false, false, false],
      ['lv1', false, false, false],
      ['lv2', false, true, true],
      ['lv2', true, true, false],
    ]);
    const ctx = contentForKian(s, content, tasks, '2026-06-01');
    expect(ctx.diagnosis).toMatchObject({ total: 50, step: 1, stepTitle: '題1' });
    expect(ctx.diagnosis!.areas.length).toBe(areas.length);
    expect(ctx.plan!.phases.map((p) => p.label)).toEqual(['推進体制（ステップ1）', '試行実施（ステップ2〜5）', '本格実施（ステップ6〜10）']);
    expect(ctx.plan!.phases.at(-1)!.end).toBe('2027-04');
    expect(ctx.scope).toEqual({ total: 4, counts: { lv1: 2, lv2: 2, lv3: 0, lv4: 0, unclassified: 0 }, check: 2, residents: 1, settled12: 2 });
  });
  it('何もしていなければ要約はなし', () => {
    const ctx = contentForKian(emptyState(), content, [], '2026-06-01');
    expect([ctx.diagnosis, ctx.plan, ctx.scope]).toEqual([null, null, null]);
  });
  it('Word の添付は選んだ部分だけ、表の行として', () => {
    const s = state();
    const tasks = scopeTasks(s.inventory.tasks, outcomesFor(s.inventory.tasks, levels));
    const ctx = contentForKian(s, content, tasks, '2026-06-01');
    const plan = { 'step-01': { start: '2026-04', end: '2026-05' } };
    const reportSteps = steps.map((x) => ({ number: x.number, title: x.title, status: 'not-started' as const, owner: '', due: x.number === 1 ? '2026-05-31' : '', dueFromPlan: x.number === 1, overdue: x.number === 1 }));
    const a = kianAttachments({ ctx, plan, steps: reportSteps.slice(0, 1), stepIds: ['step-01'], tasks, which: { diagnosis: true, plan: true, progress: true, inventory: false } });
    expect(a.diagnosis!.rows.length).toBe(areas.length);
    expect(a.plan!.rows).toEqual([['1 題1', '令和8年（2026年）4月', '令和8年（2026年）5月']]);
    expect(a.progress!.rows[0]).toEqual(['1 題1', '未着手', '', '令和8年（2026年）5月31日（工程表） 期限切れ']);
    expect(a.inventory).toBeNull();
    const b = kianAttachments({ ctx, plan: null, steps: [], stepIds: [], tasks, which: { diagnosis: false, plan: true, progress: false, inventory: true } });
    expect([b.diagnosis, b.plan, b.progress]).toEqual([null, null, null]);
    expect(b.inventory!.rows).toEqual([
      ['会議議事録作成', '総務課', 'Lv.Ⅰ（提案）', ''],
      ['統計資料の集計', '企画課', 'Lv.Ⅰ（提案）', ''],
      ['住民の個人データの集計', '市民課', 'Lv.Ⅱ（提案）（暫定・要確認）', RESIDENT_CELL],
      ['謎の業務', '', 'Lv.Ⅱ（選択）（暫定・要確認）', ''],
    ]);
    expect(RESIDENT_CELL).toMatch(/自宅等/);
  });
});

describe('起案が取る自己診断の要約（細部）', () => {
  it('領域ごとの名前と点数；1問だけ答えても要約を出し、日付がなければ日付は空', () => {
    const s = state();
    const ctx = contentForKian(s, content, [], '2026-06-01');
    expect(ctx.diagnosis!.areas).toEqual(areas.map((a) => [a.label, 50]));
    const one = state();
    one.diagnosis = { ...one.diagnosis, answers: { [questions[0]!.id]: 'yes' }, updatedAt: '' };
    const d = contentForKian(one, content, [], '2026-06-01').diagnosis;
    expect(d).not.toBeNull();
    expect(d!.date).toBe('');
  });
  it('いまの位置のステップの題がなければ題は空', () => {
    const d = contentForKian(state(), { ...content, diagnosis: { ...content.diagnosis, steps: [] } }, [], '2026-06-01').diagnosis;
    expect(d).toMatchObject({ step: 1, stepTitle: '' });
  });
});

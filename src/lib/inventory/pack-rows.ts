/**
 * The inventory's rows as the 決裁パック prints them (src/islands/pack/InventoryPart.tsx): the level
 * as /inventory/ shows it, the residents' note, and a reference to each distinct 工夫 text. From
 * each task's outcome (outcome.ts: derived by rows.ts, or read from the inventory's level cache),
 * so that /pack/ prints them without the classifier.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { levelLabel, type LevelInput } from './levels';
import { levelText, residentText, tipsFor, type Outcome } from './outcome';

/** One printed row. */
export interface PackRow {
  task: TaskRow;
  levelText: string;
  note: string;
  /** Number of the 工夫 printed below the table, 0 for none */
  ref: number;
}

/** The pack's rows: the level as shown, the residents' note, and a reference to each distinct tips text. */
export function packRows(tasks: readonly TaskRow[], outcomes: readonly Outcome[], levels: readonly LevelInput[]): { rows: PackRow[]; tips: { heading: string; text: string }[] } {
  const tips: { heading: string; text: string }[] = [];
  const rows = tasks.map((task, i): PackRow => {
    const o = outcomes[i]!;
    const t = tipsFor(levels, o.level, o.tipsType);
    let ref = 0;
    if (o.level !== 'unclassified' && t.items.length) {
      const heading = `${levelLabel(o.level)}の${t.heading || '工夫'}`;
      const text = t.items.join('／');
      let j = tips.findIndex((x) => x.heading === heading && x.text === text);
      if (j < 0) j = tips.push({ heading, text }) - 1;
      ref = j + 1;
    }
    return { task, levelText: levelText(o) + (task.override !== '' && o.level !== 'unclassified' ? '（選択）' : ''), note: residentText(o.residentNote), ref };
  });
  return { rows, tips };
}

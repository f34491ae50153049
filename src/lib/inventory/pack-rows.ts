/**
 * The inventory's rows as the 決裁パック prints them (src/islands/pack/InventoryPart.tsx): the level
 * as /inventory/ shows it, the residents' note, and a reference to each distinct 工夫 text. Apart
 * from rows.ts, so that /inventory/ does not load what only the pack prints.
 */
import { levelText } from './derive';
import { levelLabel } from './levels';
import { residentCell, type InventoryRow } from './rows';

/** The pack's rows: the level as shown, the residents' note, and a reference to each distinct tips text. */
export function packRows(rows: InventoryRow[]): { rows: { row: InventoryRow; levelText: string; note: string; ref: number }[]; tips: { heading: string; text: string }[] } {
  const tips: { heading: string; text: string }[] = [];
  const out = rows.map((row) => {
    let ref = 0;
    if (row.level !== 'unclassified' && row.tips.items.length) {
      const heading = `${levelLabel(row.level)}の${row.tips.heading || '工夫'}`;
      const text = row.tips.items.join('／');
      let i = tips.findIndex((t) => t.heading === heading && t.text === text);
      if (i < 0) i = tips.push({ heading, text }) - 1;
      ref = i + 1;
    }
    return { row, levelText: levelText(row.derived) + (row.chosen && row.level !== 'unclassified' ? '（選択）' : ''), note: residentCell(row), ref };
  });
  return { rows: out, tips };
}

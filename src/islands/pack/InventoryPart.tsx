/**
 * The inventory in the 決裁パック: counts per level, then a compact table of the tasks with
 * their level and a reference to the guide's 工夫, each distinct 工夫 printed once below the
 * table (100 tasks stay a few pages, nothing cut). Levels come from src/lib/inventory.
 */
import { useMemo } from 'preact/hooks';
import { createClassifier, effectiveLevel } from '../../lib/inventory/classify';
import { levelLabel, type LevelInput } from '../../lib/inventory/levels';
import { countLevels, SUMMARY_KEYS } from '../../lib/inventory/summary';
import type { InventoryState } from '../../schemas/state/inventory';

interface Props {
  levels: LevelInput[];
  inventory: InventoryState;
}

export default function InventoryPart({ levels, inventory }: Props) {
  const classifier = useMemo(() => createClassifier(levels), [levels]);
  const tips: { heading: string; text: string }[] = [];
  const rows = inventory.tasks.map((task) => {
    const s = classifier.classify(task.name);
    const level = effectiveLevel(task.override, s);
    // The suggestion's 工夫 belong to its level: a task moved to another level gets none.
    let ref = 0;
    if (level === s.level && s.tips.length) {
      const heading = `${levelLabel(level)}の${s.tipsHeading || '工夫'}`;
      const text = s.tips.join('／');
      let i = tips.findIndex((t) => t.heading === heading && t.text === text);
      if (i < 0) i = tips.push({ heading, text }) - 1;
      ref = i + 1;
    }
    return { task, level, chosen: !!task.override, ref };
  });
  const counts = countLevels(rows.map((r) => r.level));

  return (
    <>
      <h2>業務の棚卸し</h2>
      <table class="report-table pack-counts">
        <caption>レベルごとの業務の数（全{rows.length}件{inventory.department ? `、${inventory.department}` : ''}）</caption>
        <thead>
          <tr>
            {SUMMARY_KEYS.map((k) => (
              <th scope="col" key={k}>
                {levelLabel(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {SUMMARY_KEYS.map((k) => (
              <td key={k}>{counts[k]}件</td>
            ))}
          </tr>
        </tbody>
      </table>
      <table class="report-table pack-tasks">
        <caption>業務の一覧（レベルは利用者が選んだもの、なければ当サイトの提案。工夫は下の番号の手引きの記載）</caption>
        <thead>
          <tr>
            <th scope="col">業務名</th>
            <th scope="col">所属</th>
            <th scope="col">レベル</th>
            <th scope="col">工夫</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.task.id}>
              <th scope="row" class="report-table__text">
                {r.task.name}
              </th>
              <td class="report-table__text">{r.task.unit}</td>
              <td>
                {levelLabel(r.level)}
                {r.level !== 'unclassified' && (r.chosen ? '（選択）' : '（提案）')}
              </td>
              <td>{r.ref ? `［${r.ref}］` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tips.length > 0 && (
        <ol class="pack-tips">
          {tips.map((t, i) => (
            <li key={i}>
              ［{i + 1}］{t.heading}：{t.text}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

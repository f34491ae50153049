/**
 * The inventory in the 決裁パック: counts per level and of 要確認, then a compact table of the
 * tasks with the level as /inventory/ shows it (「暫定・要確認」 while an answer is 推定 or
 * わからない), the guide's note on residents' information (スライド12) for every task that
 * handles residents' data, and a reference to the 工夫 of the ADOPTED level, each distinct 工夫
 * printed once below the table. Each task's outcome is the one /inventory/ derives
 * (src/lib/inventory/outcome.ts: from the inventory's level cache, or derived on demand by
 * PackApp); its printed form comes from pack-rows.ts.
 */
import { countLevels, levelLabel, SUMMARY_KEYS, type LevelInput } from '../../lib/inventory/levels';
import type { Outcome } from '../../lib/inventory/outcome';
import { packRows } from '../../lib/inventory/pack-rows';
import type { InventoryState } from '../../schemas/state/inventory';

interface Props {
  levels: LevelInput[];
  inventory: InventoryState;
  /** Each task's outcome, in the order of inventory.tasks */
  outcomes: readonly Outcome[];
}

export default function InventoryPart({ levels, inventory, outcomes }: Props) {
  // The same as /inventory/ shows: the level adopted, 要確認, the residents' note, the adopted level's 工夫.
  const { rows, tips } = packRows(inventory.tasks, outcomes, levels);
  const counts = countLevels(outcomes.map((o) => o.level));
  const checks = outcomes.filter((o) => o.needsCheck).length;
  const notes = rows.some((r) => r.note);

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
      <p class="pack-checks">要確認：{checks}件（回答が「わからない」か語からの推定のままで、違えばレベルが上がる、または住民情報の注意が付く業務。レベルは暫定です）</p>
      <table class="report-table pack-tasks">
        <caption>業務の一覧（レベルは3つの問いの回答から導いたもの、または担当者が選んだもの。工夫は下の番号の手引きの記載）</caption>
        <thead>
          <tr>
            <th scope="col">業務名</th>
            <th scope="col">所属</th>
            <th scope="col">レベル</th>
            <th scope="col">住民情報</th>
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
              <td>{r.levelText}</td>
              <td class="report-table__text">{r.note ? '「原則、自宅等でのテレワークの対象外」（スライド12、注）' : '—'}</td>
              <td>{r.ref ? `［${r.ref}］` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes && <p class="pack-resident">（注）{rows.find((r) => r.note)!.note}</p>}
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

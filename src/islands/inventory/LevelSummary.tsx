/** レベルごとのまとめと次の一手: counts by the level that counts, and the guide's next step per level. */
import { memo } from './memo';
import type { LevelInput, LevelOrNone } from '../../lib/inventory/levels';
import { levelActions, SUMMARY_KEYS } from '../../lib/inventory/summary';

interface Props {
  levels: LevelInput[];
  counts: Record<LevelOrNone, number>;
  levelsHref: string;
}

export const LevelSummary = memo(function LevelSummary({ levels, counts, levelsHref }: Props) {
  const actions = levelActions(levels);
  return (
    <section class="no-print inv-narrow" aria-labelledby="inv-sum-h">
      <h2 id="inv-sum-h">レベルごとのまとめと次の一手</h2>
      <table class="inv-summary">
        <caption>レベルごとの業務の数（採用するレベルで数えています）</caption>
        <thead><tr><th scope="col">レベル</th><th scope="col">件数</th><th scope="col">次の一手</th></tr></thead>
        <tbody>
          {SUMMARY_KEYS.map((k) => {
            const a = actions.find((x) => x.level === k)!;
            const lv = levels.find((l) => l.id === k);
            return (
              <tr>
                <th scope="row">{a.label}{lv && <span class="meta">　{lv.title}</span>}</th>
                <td>{counts[k]}件</td>
                <td>
                  <strong>{a.heading}</strong>：{a.text}
                  {a.items.length > 0 && <ul>{a.items.map((x) => <li>{x}</li>)}</ul>}
                  <a href={`${levelsHref}#${a.anchor}`}>手引きの{a.level === 'unclassified' ? '4つのレベルの例' : `${a.label}の例と工夫`}を見る</a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});

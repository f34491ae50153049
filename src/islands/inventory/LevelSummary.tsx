/** レベルごとのまとめと次の一手: counts by the level that counts, and the guide's next step per level. */
import { memo } from './memo';
import type { LevelInput, LevelOrNone } from '../../lib/inventory/levels';
import { SUMMARY_KEYS } from '../../lib/inventory/levels';
import { levelActions } from '../../lib/inventory/summary';

interface Props {
  levels: LevelInput[];
  counts: Record<LevelOrNone, number>;
  /** Rows that are 要確認 */
  checks: number;
  levelsHref: string;
}

export const LevelSummary = memo(function LevelSummary({ levels, counts, checks, levelsHref }: Props) {
  const actions = levelActions(levels);
  return (
    <section class="no-print inv-narrow" aria-labelledby="inv-sum-h">
      <h2 id="inv-sum-h">レベルごとのまとめと次の一手</h2>
      <p class={checks ? 'note note--warning inv-sum-check' : 'inv-sum-check'}>
        要確認：{checks}件。{checks ? '回答が「わからない」か、語からの推定のままで、違えばレベルが上がる、または住民情報の注意が付く業務です。件数は暫定のレベルで数えています。一覧の3つの問いに答えてください。' : '回答が必要な業務はありません。'}
      </p>
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

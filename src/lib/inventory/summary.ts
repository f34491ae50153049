/**
 * The per-level summary: what the guide says to do next for each level (手引き Ⅳ., スライド11–14).
 * The counts per level are in levels.ts (the 決裁パック prints them too).
 */
import { levelLabel, type LevelInput, type LevelOrNone } from './levels';

export interface LevelAction {
  level: LevelOrNone;
  label: string;
  /** Short name of the action: すぐ始められる / 導入するツール / … */
  heading: string;
  text: string;
  /** Items the guide lists for it (Lv.Ⅱ: the tools) */
  items: string[];
  /** Anchor of the level on /levels/ (lv1 … lv4; levels for the list of all four) */
  anchor: string;
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** What to do next per level, in the guide's words where it has them. */
export function levelActions(levels: LevelInput[]): LevelAction[] {
  const lv = (id: string) => levels.find((l) => l.id === id);
  const lv1 = lv('lv1');
  const lv2 = lv('lv2');
  const lv3 = lv('lv3');
  const lv4 = lv('lv4');
  return [
    {
      level: 'lv1',
      label: levelLabel('lv1'),
      heading: 'すぐ始められる',
      text: '少しの工夫でテレワークが導入しやすい業務です。次の工夫から始められます。',
      items: lv1 ? uniq([...lv1.sharedTips, ...lv1.taskTypes.flatMap((t) => t.tips)]) : [],
      anchor: 'lv1',
    },
    {
      level: 'lv2',
      label: levelLabel('lv2'),
      heading: '導入するツール',
      text: 'ソフト・ハードの導入・改修等によりテレワークが導入しやすくなる業務です。手引きは次の工夫を挙げています。',
      items: lv2 ? uniq(lv2.taskTypes.flatMap((t) => t.tips)) : [],
      anchor: 'lv2',
    },
    {
      level: 'lv3',
      label: levelLabel('lv3'),
      heading: 'デジタル化の進展次第',
      text: '行政手続のオンライン化などデジタル化の進展に伴って対象とし得る業務です。オンライン化の計画に合わせて見直します。',
      items: lv3 ? lv3.points.slice(-1) : [],
      anchor: 'lv3',
    },
    {
      level: 'lv4',
      label: levelLabel('lv4'),
      heading: '業務継続の方法・体制の検討',
      text: '当面はテレワークの対象とするには課題がある業務です。手引きは次のことを挙げています。',
      items: lv4 ? lv4.points.filter((p) => !p.startsWith('デジタル化が進んでも')) : [],
      anchor: 'lv4',
    },
    {
      level: 'unclassified',
      label: '未分類',
      heading: 'レベルを選ぶ',
      text: '手引きの例に当てはまるものが見つからなかった業務です。手引きの4つのレベルの例と照らして、レベルを選んでください。',
      items: [],
      anchor: 'levels',
    },
  ];
}

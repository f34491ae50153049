/**
 * What a task of the inventory comes to, in the few fields the 決裁パック prints and counts: the
 * level adopted, 要確認, the guide's note on residents' information, and the 業務類型 whose 工夫
 * apply to that level. rows.ts derives it (`outcomeOf`) with the whole classifier; /pack/ reads it
 * from the cache the inventory keeps (level-cache.ts) and loads the classifier only for tasks the
 * cache has no current result for. Apart from rows.ts so that /pack/ can print the rows without
 * loading the classifier.
 */
import { levelLabel, type LevelInput, type LevelOrNone } from './levels';

export interface Outcome {
  /** The level adopted: the officer's choice (never below the answers' floor), else the derived level */
  level: LevelOrNone;
  /** An answer is わからない or still only 推定: the level is provisional */
  needsCheck: boolean;
  /** The guide's note on residents' information applies (扱う情報 is 住民 or わからない) */
  residentNote: boolean;
  /** The 業務類型 (content/levels.yaml id) whose 工夫 are printed for the level; '' for the level's own */
  tipsType: string;
}

/** The guide's note on residents' information in short, in its own words (スライド12). */
export const RESIDENT_NOTE =
  '大量または機微な住民の情報を扱う業務は「原則、自宅等でのテレワークの対象外」。「庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）」では、住民情報を含めたLGWAN接続系の情報資産へのアクセスが許容される（手引き スライド12）';
/** The note shorter still, for the table and the sheet. */
export const RESIDENT_NOTE_SHORT = '「原則、自宅等でのテレワークの対象外」、「庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）」ではアクセスが許容される';

/** 「Lv.Ⅱ（暫定・要確認）」 / 「Lv.Ⅳ」: the level as shown wherever it appears. */
export function levelText(d: Pick<Outcome, 'level' | 'needsCheck'>): string {
  return d.needsCheck ? `${levelLabel(d.level)}（暫定・要確認）` : levelLabel(d.level);
}

/** The residents' note as a cell: '' when it does not apply. */
export const residentText = (residentNote: boolean) => (residentNote ? `住民情報：${RESIDENT_NOTE}` : '');

/** The guide's tips for the level adopted: those of the 業務類型 `tipsType`, else the level's own. */
export function tipsFor(levels: readonly LevelInput[], level: LevelOrNone, tipsType: string): { heading: string; items: string[] } {
  const lv = levels.find((l) => l.id === level);
  if (!lv) return { heading: '', items: [] };
  const t = lv.taskTypes.find((x) => x.id === tipsType);
  let items = t && t.tips.length ? t.tips : lv.sharedTips;
  if (!items.length && !t && lv.taskTypes.length === 1) items = lv.taskTypes[0]!.tips;
  if (!items.length && !t && lv.taskTypes.length > 1) items = [...new Set(lv.taskTypes.flatMap((x) => x.tips))];
  if (!items.length && lv.points.length) return { heading: '手引きの記載', items: lv.points };
  return { heading: lv.tipsHeading, items };
}

/** An outcome as one short string: 「lv2.1.0.confidential-information」 (level, 要確認, residents' note, 業務類型). */
export const encodeOutcome = (o: Outcome): string => `${o.level}.${+o.needsCheck}.${+o.residentNote}.${o.tipsType}`;

/**
 * The levels data the inventory works from: a small, plain shape taken from content/levels.yaml
 * (src/schemas/level.ts) by the page and passed to the island as props, so the browser never
 * needs the content schemas.
 */

export const LEVEL_IDS = ['lv1', 'lv2', 'lv3', 'lv4'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];
/** A task's level, or 未分類 when nothing in the guide matches. */
export type LevelOrNone = LevelId | 'unclassified';

/** The summary's columns: the four levels, then 未分類. */
export const SUMMARY_KEYS = [...LEVEL_IDS, 'unclassified'] as const;

/** Counts tasks per level (the level that counts: the user's choice or the suggestion). */
export function countLevels(levels: LevelOrNone[]): Record<LevelOrNone, number> {
  const out = { lv1: 0, lv2: 0, lv3: 0, lv4: 0, unclassified: 0 } as Record<LevelOrNone, number>;
  for (const l of levels) out[l]++;
  return out;
}

export interface TaskTypeInput {
  id: string;
  /** 業務類型 */
  name: string;
  /** 具体的な業務（例）, flattened: each example and each system the guide nests under one */
  examples: string[];
  /** 工夫 (Lv.Ⅰ–Ⅱ) or 視点 (Lv.Ⅲ) of this row; the level's shared tips apply when empty */
  tips: string[];
}

export interface LevelInput {
  id: LevelId;
  numeral: string;
  title: string;
  /** Third column's heading as the guide prints it (工夫 / 視点); '' when the table has none */
  tipsHeading: string;
  /** A 工夫 cell the guide prints once for all rows (Lv.Ⅰ) */
  sharedTips: string[];
  forms: string[];
  points: string[];
  /** "スライド12" */
  slide: string;
  taskTypes: TaskTypeInput[];
}

type ExampleLike = string | { text: string; items?: string[] | undefined };

/** The content entry's shape that toLevelInput accepts (a subset of src/schemas/level.ts). */
export interface LevelContentLike {
  numeral: string;
  title: string;
  tipsHeading?: string | undefined;
  sharedTips?: string[] | undefined;
  forms?: string[] | undefined;
  points?: string[] | undefined;
  source: { pages: string };
  taskTypes: { id: string; name: string; examples: ExampleLike[]; tips?: string[] | undefined }[];
}

/** Turns a content entry (id + data of content/levels.yaml) into the classifier's input. */
export function toLevelInput(id: string, data: LevelContentLike): LevelInput {
  if (!(LEVEL_IDS as readonly string[]).includes(id)) throw new Error(`未知のレベル id: ${id}`);
  return {
    id: id as LevelId,
    numeral: data.numeral,
    title: data.title,
    tipsHeading: data.tipsHeading ?? '',
    sharedTips: data.sharedTips ?? [],
    forms: data.forms ?? [],
    points: data.points ?? [],
    slide: data.source.pages,
    taskTypes: data.taskTypes.map((t) => ({
      id: t.id,
      name: t.name,
      examples: t.examples.flatMap((e) => (typeof e === 'string' ? [e] : [e.text, ...(e.items ?? [])])),
      tips: t.tips ?? [],
    })),
  };
}

/** "Lv.Ⅰ" for lv1 …, "未分類" for unclassified. */
export function levelLabel(level: LevelOrNone): string {
  return level === 'unclassified' ? '未分類' : `Lv.${['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'][LEVEL_IDS.indexOf(level)]}`;
}

/** Reads a level as people write it in a spreadsheet: Lv.Ⅰ, Lv.1, lv1, Ⅱ, レベル3, 4, 未分類. */
export function parseLevel(text: string): LevelOrNone | null {
  const s = text.normalize('NFKC').toLowerCase().replace(/\s|\.|．|lv|level|レベル/g, '');
  if (s === '未分類') return 'unclassified';
  const map: Record<string, LevelId> = { '1': 'lv1', i: 'lv1', '2': 'lv2', ii: 'lv2', '3': 'lv3', iii: 'lv3', '4': 'lv4', iv: 'lv4' };
  return map[s] ?? null;
}

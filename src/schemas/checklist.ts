import { z } from 'zod';
import { JaTextSchema, SlugSchema, SourceRefSchema } from './common';

/*
 * Shape of a checklist (YAML in content/checklists/step-NN.yaml), as the tracker reads it:
 *
 *   groups[]            one per row heading of the guide's table (heading omitted for a plain list)
 *     items[]           one per bullet in the cell; `id` is stable and unique across the site
 *       children[]      the guide's sub-bullets (●) under a bullet (■), only in `kind: list`
 *
 * Every item and every child is one checkbox. `checklistItems()` flattens them in reading order.
 * Item ids start with the step's prefix (`s03-…` for step 3) so that they stay unique across
 * the site; saved progress refers to them, so never reuse or rename an id.
 */

/** A sub-item (the guide's second-level bullet, e.g. 「インターネット接続系のみ→LGWAN系への拡大等」). */
export const ChecklistSubItemSchema = z.object({
  id: SlugSchema,
  text: JaTextSchema,
  /** Text the guide prints under the bullet, e.g. （利用申請、勤務時間、…） */
  detail: JaTextSchema.optional(),
});

/** One checkable item: one bullet of a cell of the guide's table or list. */
export const ChecklistItemSchema = ChecklistSubItemSchema.extend({
  children: z.array(ChecklistSubItemSchema).default([]),
});

/** A group of items under one row heading of the guide's table (e.g. 「セキュリティの確保」). */
export const ChecklistGroupSchema = z.object({
  heading: JaTextSchema.optional(),
  items: z.array(ChecklistItemSchema).min(1, { message: 'items: 項目を1つ以上書いてください' }),
});

/**
 * A checklist. `kind: table` is one of the guide's example tables (columns = its column headings;
 * two columns: row heading + cell bullets, one column: a single list of rows);
 * `kind: list` is one of the guide's example boxes of nested bullets (steps 8 and 10);
 * `kind: text` gathers what a step's prose asks for, where the guide has no table.
 */
export const ChecklistSchema = z
  .object({
    /** The table's title as the guide prints it, without 「（参考）」 and 「（ステップN）」 */
    title: JaTextSchema,
    step: z.number().int().min(1).max(10),
    kind: z.enum(['table', 'list', 'text']),
    /** Column headings of the guide's table, e.g. ["項目", "検討事項例"] */
    columns: z.array(JaTextSchema).min(1).max(2).optional(),
    /** Shown above the list; required for `kind: text` (say it is drawn from the guide's text) */
    intro: JaTextSchema.optional(),
    /** Text printed with the table in the guide's figure (e.g. an arrow's label) */
    notes: z.array(JaTextSchema).default([]),
    groups: z.array(ChecklistGroupSchema).min(1, { message: 'groups: グループを1つ以上書いてください' }),
    source: SourceRefSchema,
  })
  .superRefine((c, ctx) => {
    const prefix = `s${String(c.step).padStart(2, '0')}-`;
    const seen = new Set<string>();
    const checkId = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `groups: 項目 id「${id}」が重複しています`, path });
      seen.add(id);
      if (!id.startsWith(prefix))
        ctx.addIssue({ code: 'custom', message: `groups: 項目 id「${id}」はステップの接頭辞「${prefix}」で始めてください`, path });
    };
    c.groups.forEach((g, gi) =>
      g.items.forEach((it, ii) => {
        checkId(it.id, ['groups', gi, 'items', ii, 'id']);
        it.children.forEach((ch, ci) => checkId(ch.id, ['groups', gi, 'items', ii, 'children', ci, 'id']));
        if (c.kind === 'table' && it.children.length)
          ctx.addIssue({ code: 'custom', message: 'groups: kind: table の項目に children は書けません（入れ子は kind: list で）', path: ['groups', gi, 'items', ii, 'children'] });
      }),
    );
    if (c.kind === 'table') {
      if (!c.columns) {
        ctx.addIssue({ code: 'custom', message: 'columns: kind: table には columns（表の列見出し）が必要です', path: ['columns'] });
      } else if (c.columns.length === 2) {
        c.groups.forEach((g, gi) => {
          if (!g.heading) ctx.addIssue({ code: 'custom', message: 'groups: 2列の表では各グループに heading（行見出し）が必要です', path: ['groups', gi, 'heading'] });
        });
      } else if (c.groups.length !== 1 || c.groups[0]?.heading) {
        ctx.addIssue({ code: 'custom', message: 'groups: 1列の表は heading のないグループ1つで書いてください', path: ['groups'] });
      }
    } else if (c.columns) {
      ctx.addIssue({ code: 'custom', message: `columns: kind: ${c.kind} には columns を書けません（表のときだけ）`, path: ['columns'] });
    }
    if (c.kind === 'text' && !c.intro)
      ctx.addIssue({ code: 'custom', message: 'intro: kind: text には、手引きの本文から作った一覧であることを intro に書いてください', path: ['intro'] });
  });
export type Checklist = z.output<typeof ChecklistSchema>;
export type ChecklistGroup = z.output<typeof ChecklistGroupSchema>;
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;
export type ChecklistSubItem = z.output<typeof ChecklistSubItemSchema>;

/** Every checkable item of a checklist (items and their children) in reading order. */
export function checklistItems(c: Pick<Checklist, 'groups'>): ChecklistSubItem[] {
  return c.groups.flatMap((g) => g.items.flatMap((it) => [{ id: it.id, text: it.text, ...(it.detail ? { detail: it.detail } : {}) }, ...it.children]));
}

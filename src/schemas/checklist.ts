import { z } from 'zod';
import { JaTextSchema, SlugSchema, SourceRefSchema } from './common';

/** One checkable item. `id` is stable: saved progress refers to it, so never reuse an id. */
export const ChecklistItemSchema = z.object({
  id: SlugSchema,
  text: JaTextSchema,
});

/** A group of items under one row heading of the guide's table (e.g. 「セキュリティの確保」). */
export const ChecklistGroupSchema = z.object({
  heading: JaTextSchema,
  items: z.array(ChecklistItemSchema).min(1),
});

/**
 * A checklist (YAML in content/checklists/). `kind: table` is one of the guide's example
 * tables rebuilt; `kind: text` gathers what a step's prose asks for, where the guide has no table.
 */
export const ChecklistSchema = z
  .object({
    title: JaTextSchema,
    step: z.number().int().min(1).max(10),
    kind: z.enum(['table', 'text']),
    /** Column headings of the guide's table, e.g. ["項目", "検討事項例"] */
    columns: z.array(JaTextSchema).length(2).optional(),
    intro: JaTextSchema.optional(),
    groups: z.array(ChecklistGroupSchema).min(1),
    source: SourceRefSchema,
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    for (const g of c.groups)
      for (const it of g.items) {
        if (seen.has(it.id)) ctx.addIssue({ code: 'custom', message: `項目 id「${it.id}」が重複しています`, path: ['groups'] });
        seen.add(it.id);
      }
    if (c.kind === 'table' && !c.columns)
      ctx.addIssue({ code: 'custom', message: 'kind: table には columns（表の列見出し）が必要です', path: ['columns'] });
  });
export type Checklist = z.output<typeof ChecklistSchema>;

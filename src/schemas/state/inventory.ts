import * as z from 'zod/mini';
import { DateTimeSchema } from './common';

export const TaskRowSchema = z.strictObject({
  id: z.string().check(z.maxLength(64)),
  /** 業務名 */
  name: z.string().check(z.maxLength(200)),
  /** 所属 */
  unit: z.string().check(z.maxLength(100)),
  memo: z.string().check(z.maxLength(1000)),
  /** The user's own level, overriding the suggestion: 'lv1'…'lv4' or '' */
  override: z.string().check(z.regex(/^(lv[1-4])?$/)),
});
export type TaskRow = z.output<typeof TaskRowSchema>;

export const InventoryStateSchema = z.strictObject({
  department: z.string().check(z.maxLength(100)),
  tasks: z.array(TaskRowSchema).check(z.maxLength(2000)),
  updatedAt: DateTimeSchema,
});
export type InventoryState = z.output<typeof InventoryStateSchema>;

export const emptyInventory = (): InventoryState => ({ department: '', tasks: [], updatedAt: '' });

import { array, object, string, type Infer } from './check';
import { DateTimeSchema } from './common';

export const TaskRowSchema = object({
  id: string(64),
  /** 業務名 */
  name: string(200),
  /** 所属 */
  unit: string(100),
  memo: string(1000),
  /** The user's own level, overriding the suggestion: 'lv1'…'lv4' or '' */
  override: string(3, /^(lv[1-4])?$/),
});
export type TaskRow = Infer<typeof TaskRowSchema>;

export const InventoryStateSchema = object({
  department: string(100),
  tasks: array(TaskRowSchema, 2000),
  updatedAt: DateTimeSchema,
});
export type InventoryState = Infer<typeof InventoryStateSchema>;

export const emptyInventory = (): InventoryState => ({ department: '', tasks: [], updatedAt: '' });

import { array, object, optional, string, type Infer } from './check';
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
  /**
   * The officer's answers to the three questions (src/lib/inventory/questions.ts); '' = not
   * answered, so the pre-fill from the words stands and the task is 要確認. Optional: data saved
   * before the questions existed has none and loads as unanswered.
   */
  answers: optional(
    object({
      info: string(10, /^(resident|staff|none|unknown)?$/),
      system: string(10, /^(mynumber|lgwan|internet|unknown)?$/),
      place: string(10, /^(counter|equipment|anywhere|unknown)?$/),
    }),
  ),
});
export type TaskRow = Infer<typeof TaskRowSchema>;

export const InventoryStateSchema = object({
  department: string(100),
  tasks: array(TaskRowSchema, 2000),
  updatedAt: DateTimeSchema,
});
export type InventoryState = Infer<typeof InventoryStateSchema>;

export const emptyInventory = (): InventoryState => ({ department: '', tasks: [], updatedAt: '' });

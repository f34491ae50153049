import { array, object, oneOf, record, string, type Infer, type Issue, type Path, type Schema } from './check';
import { DateTimeSchema, DueDateSchema } from './common';

/** One box of the 決裁欄: its 職名 and whether it is a 決裁 or a 合議 box. */
export const ApproverSchema = object({
  role: string(40),
  kind: oneOf(['決裁', '合議'] as const),
});
export type Approver = Infer<typeof ApproverSchema>;

/** One row of 経費と財源: what it is for, the amount in yen (digits), and its 財源. */
export const CostRowSchema = object({
  item: string(100),
  amount: string(12, /^\d*$/, '金額（円、数字だけ）ではありません'),
  source: string(100),
});
export type CostRow = Infer<typeof CostRowSchema>;

/** Keys of the site's drafts the officer may rewrite (src/lib/kian.ts DRAFT_KEYS). */
export const KIAN_TEXT_KEY = /^(title|purpose|decisions|cost|schedule)$/;

const KianObject = object({
  /** 起案日 ('' = the day it is printed) */
  date: DueDateSchema,
  /** 起案者の所属 ('' = the 担当課 of the profile) */
  unit: string(100),
  /** 起案者の氏名 */
  author: string(100),
  /** The officer's own wording of a draft, by key; a key absent follows the site's draft */
  texts: record(KIAN_TEXT_KEY, string(2000)),
  costs: array(CostRowSchema, 20),
  /** The 決裁欄 in print order; empty = the default boxes (src/lib/kian.ts DEFAULT_APPROVERS) */
  approvers: array(ApproverSchema, 16),
  updatedAt: DateTimeSchema,
});

/**
 * The 起案 cover of the 決裁パック (/pack/). Data saved before this section existed has no
 * `kian`: absent reads as absent (the island uses emptyKian()), so old files still load.
 */
export const KianStateSchema: Schema<Infer<typeof KianObject> | undefined> = {
  check: (v: unknown, path: Path, issues: Issue[]) => (v === undefined ? undefined : KianObject.check(v, path, issues)),
  safeParse: (v: unknown) => (v === undefined ? { success: true, data: undefined } : KianObject.safeParse(v)),
};
export type KianState = Infer<typeof KianObject>;

export const emptyKian = (): KianState => ({ date: '', unit: '', author: '', texts: {}, costs: [], approvers: [], updatedAt: '' });

import { object, string, type Infer } from './check';
import { DateTimeSchema } from './common';

/** The municipality's profile (optional), used in printouts. */
export const ProfileStateSchema = object({
  /** 団体名 */
  name: string(100),
  /** 担当課 */
  department: string(100),
  updatedAt: DateTimeSchema,
});
export type ProfileState = Infer<typeof ProfileStateSchema>;

export const emptyProfile = (): ProfileState => ({ name: '', department: '', updatedAt: '' });

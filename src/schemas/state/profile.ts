import * as z from 'zod/mini';
import { DateTimeSchema } from './common';

/** The municipality's profile (optional), used in printouts. */
export const ProfileStateSchema = z.strictObject({
  /** 団体名 */
  name: z.string().check(z.maxLength(100)),
  /** 担当課 */
  department: z.string().check(z.maxLength(100)),
  updatedAt: DateTimeSchema,
});
export type ProfileState = z.output<typeof ProfileStateSchema>;

export const emptyProfile = (): ProfileState => ({ name: '', department: '', updatedAt: '' });

import { z } from 'zod';
import { JaTextSchema, PhaseSchema, SourceRefSchema, type RefFn } from './common';

/** One of the guide's 10 introduction steps (MDX in content/steps/, id step-01 … step-10). */
export const stepSchema = (ref: RefFn) =>
  z.object({
    number: z.number().int().min(1).max(10),
    phase: PhaseSchema,
    title: JaTextSchema,
    summary: JaTextSchema,
    /** The checklist (content/checklists/) that the tracker shows for this step */
    checklist: ref('checklists'),
    chapters: z.array(ref('chapters')).min(1, { message: 'steps: 少なくとも1つの章に紐づけてください' }),
    programs: z.array(ref('programs')).default([]),
    cases: z.array(ref('cases')).default([]),
    source: SourceRefSchema,
  });
export type Step = z.output<ReturnType<typeof stepSchema>>;

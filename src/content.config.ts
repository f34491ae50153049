/**
 * Content collections: loaders and schemas only. The schemas live in src/schemas/ so that
 * src/lib and the tests can use them without astro:content.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { RefFn } from './schemas/common';
import { chapterSchema } from './schemas/chapter';
import { stepSchema } from './schemas/step';
import { ChecklistSchema } from './schemas/checklist';
import { LevelSchema } from './schemas/level';
import { CaseSchema } from './schemas/case';
import { ProgramSchema } from './schemas/program';
import { SurveyTableSchema } from './schemas/survey';
import { LaterFiguresSchema } from './schemas/later-figures';
import { concernSchema } from './schemas/concern';
import { GlossaryTermSchema } from './schemas/glossary';
import { DiagnosisAreaSchema, DiagnosisProfileQuestionSchema, diagnosisQuestionSchema, diagnosisSetupSchema } from './schemas/diagnosis';

const ref = reference as unknown as RefFn;

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
    schema: chapterSchema(ref),
  }),
  steps: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/steps' }),
    schema: stepSchema(ref),
  }),
  checklists: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/checklists' }),
    schema: ChecklistSchema,
  }),
  levels: defineCollection({
    loader: file('content/levels.yaml'),
    schema: LevelSchema,
  }),
  cases: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/cases' }),
    schema: CaseSchema,
  }),
  programs: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/programs' }),
    schema: ProgramSchema,
  }),
  survey: defineCollection({
    loader: file('content/survey.yaml'),
    schema: SurveyTableSchema,
  }),
  laterFigures: defineCollection({
    loader: file('content/later-figures.yaml'),
    schema: LaterFiguresSchema,
  }),
  concerns: defineCollection({
    loader: file('content/concerns.yaml'),
    schema: concernSchema(ref),
  }),
  glossary: defineCollection({
    loader: file('content/glossary.yaml'),
    schema: GlossaryTermSchema,
  }),
  diagnosisAreas: defineCollection({
    loader: file('content/diagnosis/areas.yaml'),
    schema: DiagnosisAreaSchema,
  }),
  diagnosisQuestions: defineCollection({
    loader: file('content/diagnosis/questions.yaml'),
    schema: diagnosisQuestionSchema(ref),
  }),
  diagnosisProfile: defineCollection({
    loader: file('content/diagnosis/profile.yaml'),
    schema: DiagnosisProfileQuestionSchema,
  }),
  diagnosisSetup: defineCollection({
    loader: file('content/diagnosis/setup.yaml'),
    schema: diagnosisSetupSchema(ref),
  }),
};

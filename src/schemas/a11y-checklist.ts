/**
 * One row of the 達成基準チェックリスト on /about/accessibility/ (「みんなの公共サイト運用ガイドライン」's
 * format: 達成基準, 適合レベル, 適用, 結果, 注記), plus how the row was tested. The data lives in
 * src/data/a11y-checklist.ts; test/unit/a11y-checklist.test.ts checks every test it points to exists.
 */
import { z } from 'zod';

export const A11yMethodSchema = z.discriminatedUnion('kind', [
  /** An automated engine (axe-core, HTML_CodeSniffer, Nu HTML Checker) run by a test */
  z.object({ kind: z.literal('engine'), file: z.string().regex(/^test\/.+\.test\.ts$/), test: z.string().min(1), what: z.string().min(1) }),
  /** A scripted browser (or built-file / source) check: a test that decides the criterion */
  z.object({ kind: z.literal('script'), file: z.string().regex(/^test\/.+\.test\.ts$/), test: z.string().min(1), what: z.string().min(1) }),
  /** A check done by a person, described; `file` when a script collected what was looked at */
  z.object({ kind: z.literal('manual'), what: z.string().min(1), file: z.string().regex(/^(test|scripts)\/.+\.(test\.ts|mjs)$/).optional() }),
]);

/** A test that backs a note: the file and a part of the test's name, as it appears in the file. */
export const A11yTestRefSchema = z.object({ file: z.string().regex(/^test\/.+\.test\.ts$/), test: z.string().min(1) });

export const A11yRowSchema = z
  .object({
    /** 達成基準の番号 ("1.4.10") */
    sc: z.string().regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/),
    /** 達成基準の名称（JIS X 8341-3:2016 / WCAG 2.1・2.2 の日本語訳） */
    name: z.string().min(1),
    level: z.enum(['A', 'AA']),
    /** Where the criterion comes from: the 38 of JIS X 8341-3:2016, or a later WCAG addition */
    origin: z.enum(['JIS X 8341-3:2016', 'WCAG 2.1', 'WCAG 2.2']),
    result: z.enum(['適合', '不適合', '適用なし']),
    methods: z.array(A11yMethodSchema).min(1),
    note: z.string().min(1),
    /**
     * The tests that back what the note says the site does (file + a part of the test's name).
     * Required unless every method is a manual check, whose description then backs the note;
     * test/unit/a11y-checklist.test.ts checks each file has the test.
     */
    testedBy: z.array(A11yTestRefSchema).default([]),
  })
  .refine((r) => r.result !== '適合' || r.methods.some((m) => m.kind !== 'manual' || m.what.length > 20), { message: '適合とする行には、試験の方法の説明が必要です' })
  .refine((r) => r.testedBy.length > 0 || r.methods.every((m) => m.kind === 'manual'), { message: '注記を裏付けるテスト（testedBy）が必要です（方法が手作業の確認だけの行を除く）' });

export type A11yMethod = z.output<typeof A11yMethodSchema>;
export type A11yRow = z.output<typeof A11yRowSchema>;
export type A11yRowInput = z.input<typeof A11yRowSchema>;

export const A11yChecklistSchema = z.object({
  /** Date the checks were run (ISO) */
  testedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Browser used, as reported by `chromium --version` */
  browser: z.string().min(1),
  /** Whether a screen reader was used (say it plainly on the page) */
  screenReader: z.string().min(1),
  /** The tools' states tested beside the pages */
  toolStates: z.array(z.string().min(1)),
  rows: z.array(A11yRowSchema).min(1),
});
export type A11yChecklist = z.output<typeof A11yChecklistSchema>;
export type A11yChecklistInput = z.input<typeof A11yChecklistSchema>;

/**
 * Remind to export. Kept beside the state under its own key (EXPORT_META_KEY), not in the
 * exported file. Rule: after REMIND_AFTER_CHANGES edits, or after any step is set to 完了,
 * since the last export (or import), show one gentle notice. Dismissing it silences it
 * until the next export; exporting resets everything. Used by the saved-state store on every
 * tool page (src/lib/saved-store.ts), so kept apart from the step rules in tracker.ts.
 */

/** localStorage key of the export reminder's bookkeeping. */
export const EXPORT_META_KEY = 'telework-navi:export-meta:v1';
/** Edits since the last export after which the reminder appears. */
export const REMIND_AFTER_CHANGES = 15;

export interface ExportMeta {
  /** ISO time of the last export or import, '' if never */
  lastExportAt: string;
  /** Edits since then */
  changes: number;
  /** A step was set to 完了 since then */
  completed: boolean;
  /** The reminder was dismissed since then */
  dismissed: boolean;
}

/** Bookkeeping before any export. */
export const emptyExportMeta = (): ExportMeta => ({ lastExportAt: '', changes: 0, completed: false, dismissed: false });

/** Reads the bookkeeping; anything unreadable counts as "never exported". */
export function parseExportMeta(raw: string | null): ExportMeta {
  if (!raw) return emptyExportMeta();
  try {
    const d = JSON.parse(raw) as Partial<ExportMeta>;
    return {
      lastExportAt: typeof d.lastExportAt === 'string' ? d.lastExportAt : '',
      changes: typeof d.changes === 'number' && Number.isFinite(d.changes) && d.changes >= 0 ? Math.floor(d.changes) : 0,
      completed: d.completed === true,
      dismissed: d.dismissed === true,
    };
  } catch {
    return emptyExportMeta();
  }
}

/** Counts one edit; `completed` when a step was just set to 完了. */
export function noteChange(m: ExportMeta, opts: { completed?: boolean } = {}): ExportMeta {
  return { ...m, changes: m.changes + 1, completed: m.completed || opts.completed === true };
}

/** After an export or an import: the saved file matches, so start counting again. */
export function noteExport(_m: ExportMeta, now: string): ExportMeta {
  return { lastExportAt: now, changes: 0, completed: false, dismissed: false };
}

/** The user closed the reminder: say nothing more until the next export. */
export function dismissReminder(m: ExportMeta): ExportMeta {
  return { ...m, dismissed: true };
}

/** Should the one export reminder be shown? */
export function shouldRemindExport(m: ExportMeta): boolean {
  return !m.dismissed && (m.completed || m.changes >= REMIND_AFTER_CHANGES);
}

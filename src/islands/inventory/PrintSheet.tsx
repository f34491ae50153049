/** The filled 「担当業務の見える化シート」 for A4 (print only; the blank sheet prints without JavaScript). */
import { memo } from './memo';
import { type LevelInput, type LevelOrNone } from '../../lib/inventory/levels';
import { answersCell, rowLevelText, sheetTips, typeBasis, type InventoryRow } from '../../lib/inventory/rows';

interface Props {
  rows: InventoryRow[];
  levels: LevelInput[];
  department: string;
  date: string;
  counts: Record<LevelOrNone, number>;
  checks: number;
}

export const PrintSheet = memo(function PrintSheet({ rows, levels, department, date, counts, checks }: Props) {
  return (
    <section class="inv-sheet print-only" data-filled={rows.length > 0 ? 'true' : undefined} aria-label="担当業務の見える化シート（印刷用）">
      <h2>担当業務の見える化シート</h2>
      <p>所属：{department || '（未記入）'}　作成日：{date}　業務数：{rows.length}件（Lv.Ⅰ {counts.lv1}件、Lv.Ⅱ {counts.lv2}件、Lv.Ⅲ {counts.lv3}件、Lv.Ⅳ {counts.lv4}件、未分類 {counts.unclassified}件。うち要確認 {checks}件）</p>
      <table>
        <caption>担当業務とテレワークの対象とするレベル（手引き Ⅳ．のレベル分け）</caption>
        <thead><tr><th scope="col">No.</th><th scope="col">業務名</th><th scope="col">所属</th><th scope="col">3つの問いの回答</th><th scope="col">レベル</th><th scope="col">工夫・注意・メモ</th></tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr>
              <td>{i + 1}</td>
              <td>{row.task.name}</td>
              <td>{row.task.unit}</td>
              <td>{answersCell(row)}</td>
              <td>{rowLevelText(row)}{row.chosen ? '（選択）' : typeBasis(row.suggestion) ? `（${typeBasis(row.suggestion)}）` : ''}</td>
              <td>{sheetTips(row).join('／')}{row.task.memo && <><br />メモ：{row.task.memo}</>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>レベル：{levels.map((l) => `${l.numeral}＝${l.title}`).join('、')}（総務省「地方公共団体におけるテレワーク推進のための手引き」スライド11）。レベルは3つの問い（扱う情報・使うシステム・場所・機器）の回答から、手引きの記載（スライド12〜14）と当サイトの目安により決め、もっとも厳しいものを採ります。（推定）は業務名の語から当サイトが埋めた回答で、担当者の確認が必要です。「暫定・要確認」は、回答が「わからない」か推定のままで、違えばレベルが上がる、または住民情報の注意が付く業務です。（選択）は担当者が選んだレベルです。住民情報の注意は手引きスライド12の記載です。</p>
    </section>
  );
});

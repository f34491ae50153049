/**
 * The 起案 as a Word file (.docx), built with the `docx` library from a KianDocument
 * (src/lib/kian.ts): the cover with its 決裁欄 as a table, then the attachments as tables.
 * Every page carries the 団体名 (header) and 「n / N」 (footer). /pack/ loads this module only
 * when 「Wordで保存」 is pressed, so the library stays out of the page's JavaScript; it imports
 * only types from kian.ts, so kian.ts stays in the page's own chunk.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, HeightRule, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { Drafted, KianDocument } from './kian';

const FONT = 'BIZ UDPゴシック';
const SITE_DRAFT = '（当サイトの案）';

const run = (text: string, o: { bold?: boolean; size?: number } = {}) => new TextRun({ text, ...(o.bold ? { bold: true } : {}), ...(o.size ? { size: o.size } : {}) });

const p = (text: string, opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; small?: boolean } = {}) =>
  new Paragraph({ ...(opts.align ? { alignment: opts.align } : {}), children: [run(text, { bold: !!opts.bold, ...(opts.small ? { size: 18 } : opts.size ? { size: opts.size } : {}) })] });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ heading: level, children: [new TextRun({ text })] });

/** A drafted paragraph: the text, and 「（当サイトの案）」 while it is still the site's draft. */
const drafted = (d: Drafted) => new Paragraph({ children: [new TextRun({ text: d.text }), ...(d.draft ? [new TextRun({ text: SITE_DRAFT, size: 18 })] : [])] });

const cell = (text: string, opts: { header?: boolean; width?: number; height?: boolean } = {}) =>
  new TableCell({
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ ...(opts.height ? { alignment: AlignmentType.CENTER } : {}), children: [run(text, { bold: !!opts.header })] })],
  });

/** A table with a header row. */
function table(head: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, { header: true })) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) }))],
  });
}

/** The 決裁欄: a row of 職名 over a row of empty boxes for the seals, 合議 in a row of its own. */
function approvalTable(label: string, roles: string[]): Table {
  const w = Math.floor(90 / Math.max(roles.length, 1));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [new TableCell({ rowSpan: 2, width: { size: 10, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlignTable.CENTER, children: [p(label, { bold: true, align: AlignmentType.CENTER })] }), ...roles.map((r) => cell(r, { width: w, height: true }))] }),
      new TableRow({ height: { value: 900, rule: HeightRule.ATLEAST }, children: roles.map(() => cell('', { width: w })) }),
    ],
  });
}

const gap = () => new Paragraph({ children: [] });

/** The Word document of the 起案. Pure: the same data gives the same document. */
export function buildKianDocx(doc: KianDocument): Document {
  const org = doc.org.trim() || '団体名（未入力）';
  const cover = [
    p(doc.org.trim() ? `${doc.org} 起案` : '起案', { small: true }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `件名　${doc.title.text}` }), ...(doc.title.draft ? [new TextRun({ text: SITE_DRAFT, size: 18 })] : [])] }),
    table(['項目', '内容'], [
      ['起案日', doc.date],
      ['起案者', [doc.unit, doc.author].filter(Boolean).join('　') || '（未記入）'],
      ['団体名', org],
    ]),
    gap(),
    approvalTable('決裁', doc.approval.decide),
    ...(doc.approval.consult.length ? [gap(), approvalTable('合議', doc.approval.consult)] : []),
    heading('1　趣旨'),
    p(`手引き（${doc.purpose.guideCite}）：「${doc.purpose.guideLead}」`),
    ...doc.purpose.guideReasons.map((r, i) => p(`${'①②③'[i]} ${r}`)),
    p(`通知（${doc.purpose.noticeCite}）：「${doc.purpose.noticeRequest}」`),
    drafted(doc.purpose.site),
    heading('2　決裁を求める事項'),
    ...doc.decisions.text.map((d, i) => p(`（${i + 1}）${d}`)),
    ...(doc.decisions.draft ? [p(SITE_DRAFT, { small: true })] : []),
    heading('3　内容'),
    ...doc.content.map((l) => p(l)),
    heading('4　経費と財源'),
    doc.costs.rows.length ? table(['項目', '金額', '財源'], [...doc.costs.rows.map((r) => [r.item, r.amount, r.source]), ['合計', doc.costs.total, '']]) : p('経費：（未記入）'),
    drafted(doc.costs.note),
    p('活用を検討できる国の支援策（記載の時点の情報。最新の状況は所管の窓口で確認してください）'),
    ...doc.costs.programs.map((g) => p(`・${g.line}`)),
    heading('5　今後の予定'),
    doc.schedule.rows.length ? table(['段階', '時期'], doc.schedule.rows) : p('導入工程表：まだ作成していません。'),
    drafted(doc.schedule.note),
    p(`${doc.sourcesNote}自治体テレワーク推進ナビ（非公式）で作成。「当サイトの案」の文は当サイトのもので、手引きの定めではありません。`, { small: true }),
  ];

  const a = doc.attachments;
  const attachments: (Paragraph | Table)[] = [];
  if (a.diagnosis) attachments.push(heading('添付　自己診断の結果'), ...a.diagnosis.lines.map((l) => p(l)), table(['領域', '点数（100点満点）'], a.diagnosis.rows));
  if (a.plan) attachments.push(heading('添付　導入工程表'), table(['ステップ', '開始', '終了'], a.plan.rows), p('各ステップの期間は当サイトの提案をもとに担当者が調整したもので、手引きは期間を定めていません。', { small: true }));
  if (a.progress) attachments.push(heading('添付　10ステップの進捗'), table(['ステップ', '状況', '担当', '期限'], a.progress.rows));
  if (a.inventory) attachments.push(heading('添付　業務の棚卸し'), table(['業務名', '所属', 'レベル', '住民情報の注意'], a.inventory.rows), p('レベルは、業務が扱う情報・使うシステム・場所の回答から導いたもの（提案）か、担当者が選んだもの（選択）です。回答が「わからない」か推定のままの業務は「暫定・要確認」です。', { small: true }));

  return new Document({
    creator: '自治体テレワーク推進ナビ',
    title: doc.title.text,
    styles: { default: { document: { run: { font: { ascii: FONT, eastAsia: FONT, hAnsi: FONT }, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: new Header({ children: [p(org, { small: true })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })] }) },
        children: [...cover, ...(attachments.length ? [new Paragraph({ pageBreakBefore: true, children: [] }), ...attachments] : [])],
      },
    ],
  });
}

/** The .docx file as a Blob (browser) for 「Wordで保存」. */
export const kianDocxBlob = (doc: KianDocument): Promise<Blob> => Packer.toBlob(buildKianDocx(doc));

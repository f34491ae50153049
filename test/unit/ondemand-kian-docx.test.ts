/**
 * Unit tests of src/lib/ondemand-kian-docx.ts: the Word file an officer submits, read back from
 * its XML (word/document.xml, the header, the footer, the styles and the core properties).
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { emptyKian, type KianState } from '../../src/schemas/state/kian';
import { contentLines, GUIDE_REASONS, GUIDE_REASONS_LEAD, kianDocument, kianDrafts, NOTICE_REQUEST, SOURCES_NOTE, type KianAttachments, type KianContext } from '../../src/lib/kian';
import { kianDocxBlob } from '../../src/lib/ondemand-kian-docx';
import { ctx } from './support/kian-context';

const LABEL = '（当サイトの案）';

interface Run {
  text: string;
  bold: boolean;
  size: number | null;
}
interface Para {
  kind: 'p';
  style: string | null;
  align: string | null;
  pageBreak: boolean;
  runs: Run[];
  text: string;
}
interface Cell {
  width: string | null;
  vMerge: string | null;
  paras: Para[];
  text: string;
}
interface Row {
  header: boolean;
  cantSplit: boolean;
  height: string | null;
  cells: Cell[];
}
interface Tbl {
  kind: 'tbl';
  width: string | null;
  borders: string[];
  rows: Row[];
}

const attr = (xml: string, re: RegExp): string | null => re.exec(xml)?.[1] ?? null;
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function runs(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, r]) => ({
    text: decode([...r!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((t) => t[1]).join('')),
    bold: /<w:b\/>/.test(r!),
    size: r!.includes('<w:sz ') ? Number(attr(r!, /<w:sz w:val="(\d+)"/)) : null,
  }));
}

function para(xml: string): Para {
  const pPr = attr(xml, /<w:pPr>(.*?)<\/w:pPr>/s) ?? '';
  const rs = runs(xml);
  return { kind: 'p', style: attr(pPr, /<w:pStyle w:val="([^"]+)"/), align: attr(pPr, /<w:jc w:val="([^"]+)"/), pageBreak: pPr.includes('<w:pageBreakBefore/>'), runs: rs, text: rs.map((r) => r.text).join('') };
}

const paras = (xml: string): Para[] => [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map(([p]) => para(p));

function tbl(xml: string): Tbl {
  const tblPr = attr(xml, /<w:tblPr>(.*?)<\/w:tblPr>/s) ?? '';
  return {
    kind: 'tbl',
    width: attr(tblPr, /<w:tblW ([^/]+)\/>/),
    borders: [...tblPr.matchAll(/<w:(top|left|bottom|right|insideH|insideV) ([^/]+)\/>/g)].map((b) => `${b[1]} ${b[2]}`),
    rows: [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map(([, tr]) => {
      const trPr = attr(tr!, /<w:trPr>(.*?)<\/w:trPr>/s) ?? '';
      return {
        header: trPr.includes('<w:tblHeader/>'),
        cantSplit: trPr.includes('<w:cantSplit/>'),
        height: attr(trPr, /<w:trHeight ([^/]+)\/>/),
        cells: [...tr!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map(([, tc]) => {
          const tcPr = attr(tc!, /<w:tcPr>(.*?)<\/w:tcPr>/s) ?? '';
          const ps = paras(tc!);
          return { width: attr(tcPr, /<w:tcW ([^/]+)\/>/), vMerge: attr(tcPr, /<w:vMerge w:val="([^"]+)"/), paras: ps, text: ps.map((p) => p.text).join('') };
        }),
      };
    }),
  };
}

/** The Word file of `k` and `c`, read back: the body as paragraphs and tables in order, and the other parts. */
async function word(k: KianState, c: KianContext, a: KianAttachments = { diagnosis: null, plan: null, progress: null, inventory: null }) {
  const zip = await JSZip.loadAsync(new Uint8Array(await (await kianDocxBlob(kianDocument(k, c, a))).arrayBuffer()));
  const part = (name: string) => zip.file(name)!.async('string');
  const document = await part('word/document.xml');
  const bodyXml = /<w:body>(.*)<w:sectPr>/s.exec(document)![1]!;
  const raw = [...bodyXml.matchAll(/<w:tbl>.*?<\/w:tbl>|<w:p>.*?<\/w:p>|<w:p\/>/gs)].map(([x]) => x);
  const body: (Para | Tbl)[] = raw.map((x) => (x.startsWith('<w:tbl>') ? tbl(x) : para(x)));
  const sectPr = /<w:sectPr>(.*)<\/w:sectPr>/s.exec(document)![1]!;
  const fileOf = (kind: 'header' | 'footer') => Object.keys(zip.files).find((f) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(f))!;
  return { body, raw, sectPr, header: paras(await part(fileOf('header'))), footer: await part(fileOf('footer')), styles: await part('word/styles.xml'), core: await part('docProps/core.xml') };
}

const isP = (x: Para | Tbl | undefined): x is Para => x?.kind === 'p';
const tables = (body: (Para | Tbl)[]) => body.filter((x): x is Tbl => x.kind === 'tbl');
const topParas = (body: (Para | Tbl)[]) => body.filter(isP);
/** What follows the heading `h` up to the next heading. */
function section(body: (Para | Tbl)[], h: string): (Para | Tbl)[] {
  const i = body.findIndex((x) => isP(x) && x.style === 'Heading2' && x.text === h);
  expect(i, h).toBeGreaterThanOrEqual(0);
  const rest = body.slice(i + 1);
  const end = rest.findIndex((x) => isP(x) && (x.style === 'Heading2' || x.pageBreak));
  return end < 0 ? rest : rest.slice(0, end);
}
const plain = (text: string): Run => ({ text, bold: false, size: null });
const small = (text: string): Run => ({ text, bold: false, size: 18 });
const cellTexts = (t: Tbl) => t.rows.map((r) => r.cells.map((c) => c.text));
const THIN = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `${b} w:val="single" w:color="auto" w:sz="4"`);

/** The officer's own words for every draft. */
const OWN = { title: 'テレワーク試行の実施について', purpose: '職員の働き方を見直すため伺います。', decisions: '推進チームを置くこと。\n試行すること。', cost: '経費は下表のとおり。', schedule: '予定は下表のとおり。' };

describe('Word（.docx）', () => {
  it('件名・決裁欄の職名・団体名・ページ番号・添付の表が文書の XML にある', async () => {
    const k = { ...emptyKian(), author: '山田太郎', texts: { title: 'テレワーク試行の実施について' }, costs: [{ item: 'ノートPC 10台', amount: '1500000', source: '特別交付税措置' }] };
    const doc = kianDocument(k, ctx(), {
      diagnosis: { heading: '自己診断の結果', lines: ['合計48点'], rows: [['推進体制', '50点']] },
      plan: { rows: [['1 推進体制の構築', '令和8年6月', '令和8年7月']] },
      progress: { rows: [['1 推進体制の構築', '進行中', '総務課', '令和8年7月31日']] },
      inventory: { rows: [['議事録の作成', '総務課', 'Lv.Ⅰ', ''], ['住民の個人データの集計', '市民課', 'Lv.Ⅱ（提案）（暫定・要確認）', '大量または機微な住民の情報を扱う業務は「原則、自宅等でのテレワークの対象外」']] },
    });
    const zip = await JSZip.loadAsync(new Uint8Array(await (await kianDocxBlob(doc)).arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['手引き（スライド1「地方公共団体におけるテレワーク推進の意義」）', '通知（前文）', 'テレワーク試行の実施について', '町長', '副町長', '総務課長', '担当', '財政課長', '合議', '山田太郎', '1,500,000円', '特別交付税措置', GUIDE_REASONS[0], NOTICE_REQUEST, '議事録の作成', '住民情報の注意', '暫定・要確認', '自宅等でのテレワークの対象外', '1 推進体制の構築', '令和9年（2027年）4月', '当サイトの案']) expect(text).toContain(s);
    expect(text).not.toContain('テレワーク試行の実施について（当サイトの案）');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    const headers = Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f));
    const hf = (await Promise.all(headers.map((f) => zip.file(f)!.async('string')))).join('');
    expect(hf).toContain('〇〇町');
    expect(hf).toMatch(/PAGE/);
    expect(hf).toMatch(/NUMPAGES/);
  });

  it('用紙は A4 縦・上下左右の余白 20mm、既定の書体は BIZ UDPゴシック 10.5pt、作成者と件名が文書の情報にある', async () => {
    const w = await word(emptyKian(), ctx());
    expect(w.sectPr).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(w.sectPr).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(w.styles)![1]!;
    expect(defaults).toContain('<w:rFonts w:ascii="BIZ UDPゴシック" w:eastAsia="BIZ UDPゴシック" w:hAnsi="BIZ UDPゴシック"/>');
    expect(defaults).toContain('<w:sz w:val="21"/>');
    expect(w.core).toContain('<dc:creator>自治体テレワーク推進ナビ</dc:creator>');
    expect(w.core).toContain(`<dc:title>${kianDrafts(ctx()).title}</dc:title>`);
  });

  it('各ページのヘッダーに団体名（小さい字）、フッターの中央に「ページ番号 / 総ページ数」', async () => {
    const w = await word(emptyKian(), ctx());
    expect(w.header).toEqual([{ kind: 'p', style: null, align: null, pageBreak: false, runs: [small('〇〇町')], text: '〇〇町' }]);
    expect(w.footer).toContain('<w:jc w:val="center"/>');
    const fields = [...w.footer.matchAll(/<w:instrText[^>]*>(.*?)<\/w:instrText>|<w:t[^>]*>(.*?)<\/w:t>/g)].map((m) => m[1] ?? m[2]);
    expect(fields).toEqual(['PAGE', ' / ', 'NUMPAGES']);
  });

  it('表紙の冒頭：団体名つきの「起案」（小さい字）、中央の件名に「（当サイトの案）」、起案日・起案者・団体名の表', async () => {
    const w = await word({ ...emptyKian(), author: '山田太郎' }, ctx());
    const [lead, title, info] = w.body;
    expect(lead).toMatchObject({ kind: 'p', runs: [small('〇〇町 起案')] });
    expect(title).toMatchObject({ kind: 'p', style: 'Title', align: 'center', runs: [plain(`件名　${kianDrafts(ctx()).title}`), small(LABEL)] });
    const t = info as Tbl;
    expect(t.kind).toBe('tbl');
    expect(t.width).toBe('w:type="pct" w:w="5000"');
    expect(t.borders).toEqual(THIN);
    expect(cellTexts(t)).toEqual([
      ['項目', '内容'],
      ['起案日', '令和8年（2026年）6月1日'],
      ['起案者', '総務課　山田太郎'],
      ['団体名', '〇〇町'],
    ]);
    // The header row repeats on each page and is bold; a row is never split over two pages.
    expect(t.rows.map((r) => [r.header, r.cantSplit])).toEqual([[true, false], [false, true], [false, true], [false, true]]);
    expect(t.rows[0]!.cells.flatMap((c) => c.paras.flatMap((p) => p.runs.map((r) => r.bold)))).toEqual([true, true]);
    expect(t.rows.slice(1).flatMap((r) => r.cells.flatMap((c) => c.paras.flatMap((p) => p.runs.map((x) => x.bold))))).toEqual([false, false, false, false, false, false]);
    expect(t.rows.flatMap((r) => r.cells.map((c) => c.width))).toEqual(Array(8).fill(null));
  });

  it('決裁欄：左に太字の「決裁」（2行にまたがる）、職名の行と押印の空欄（高さ 900 以上）の行、9割の幅を職名の数で等分；合議は別の表', async () => {
    const w = await word(emptyKian(), ctx());
    const [, , , gap1, decide, gap2, consult, next] = w.body;
    expect(gap1).toMatchObject({ kind: 'p', runs: [], text: '' });
    expect(gap2).toMatchObject({ kind: 'p', runs: [], text: '' });
    // An empty paragraph between the tables, with nothing in it.
    expect([w.raw[3], w.raw[5]]).toEqual(['<w:p/>', '<w:p/>']);
    const d = decide as Tbl;
    expect(d.width).toBe('w:type="pct" w:w="5000"');
    expect(d.borders).toEqual(THIN);
    expect(d.rows).toHaveLength(2);
    const [roles, seals] = d.rows;
    expect(roles!.cells[0]).toMatchObject({ width: 'w:type="pct" w:w="500"', vMerge: 'restart', text: '決裁' });
    expect(roles!.cells[0]!.paras).toMatchObject([{ align: 'center', runs: [{ text: '決裁', bold: true, size: null }] }]);
    // 90 % over 4 職名 = 22 % each (1100 fiftieths of a percent)
    expect(roles!.cells.slice(1).map((c) => [c.text, c.width, c.paras[0]!.align, c.paras[0]!.runs[0]!.bold])).toEqual(['町長', '副町長', '総務課長', '担当'].map((r) => [r, 'w:type="pct" w:w="1100"', 'center', false]));
    expect(seals!.height).toBe('w:val="900" w:hRule="atLeast"');
    expect(seals!.cells[0]!.vMerge).toBe('continue');
    expect(seals!.cells.slice(1).map((c) => [c.text, c.width])).toEqual(Array(4).fill(['', 'w:type="pct" w:w="1100"']));
    const c = consult as Tbl;
    expect(c.rows[0]!.cells.map((x) => [x.text, x.width])).toEqual([['合議', 'w:type="pct" w:w="500"'], ['財政課長', 'w:type="pct" w:w="4500"']]);
    expect(c.rows[0]!.cells[0]!.paras[0]!.runs[0]!.bold).toBe(true);
    expect(c.rows[1]!.cells.slice(1).map((x) => [x.text, x.width])).toEqual([['', 'w:type="pct" w:w="4500"']]);
    expect(next).toMatchObject({ kind: 'p', style: 'Heading2', text: '1　趣旨' });
  });

  it('決裁欄：職名が3つなら各30%、合議がなければ合議の表は出さない', async () => {
    const approvers = [{ role: '課長', kind: '決裁' as const }, { role: '係長', kind: '決裁' as const }, { role: '担当', kind: '決裁' as const }];
    const w = await word({ ...emptyKian(), approvers }, ctx());
    const [, , , , decide, next] = w.body;
    expect((decide as Tbl).rows[0]!.cells.map((c) => [c.text, c.width])).toEqual([['決裁', 'w:type="pct" w:w="500"'], ...['課長', '係長', '担当'].map((r) => [r, 'w:type="pct" w:w="1500"'])]);
    expect(next).toMatchObject({ kind: 'p', style: 'Heading2', text: '1　趣旨' });
    // 起案日などの表・決裁欄・予定の表（経費の行はない）
    expect(tables(w.body)).toHaveLength(3);
    expect(w.body.some((x) => isP(x) ? x.text.includes('合議') : x.rows.some((r) => r.cells.some((c) => c.text === '合議')))).toBe(false);
  });

  it('本文：見出し 1〜5、趣旨は手引き・通知の引用と当サイトの案、事項は（1）から番号、内容・経費の表と合計・支援策・予定の表', async () => {
    const k = { ...emptyKian(), costs: [{ item: 'ノートPC 10台', amount: '1500000', source: '特別交付税措置' }, { item: '回線', amount: '300000', source: '一般財源' }] };
    const w = await word(k, ctx());
    const drafts = kianDrafts(ctx());
    expect(topParas(w.body).filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['1　趣旨', '2　決裁を求める事項', '3　内容', '4　経費と財源', '5　今後の予定']);
    expect(topParas(w.body).filter((p) => p.style === 'Heading2').map((p) => p.runs)).toEqual(['1　趣旨', '2　決裁を求める事項', '3　内容', '4　経費と財源', '5　今後の予定'].map((h) => [plain(h)]));
    expect(section(w.body, '1　趣旨').map((p) => (p as Para).runs)).toEqual([
      [plain(`手引き（スライド1「地方公共団体におけるテレワーク推進の意義」）：「${GUIDE_REASONS_LEAD}」`)],
      [plain(`① ${GUIDE_REASONS[0]}`)],
      [plain(`② ${GUIDE_REASONS[1]}`)],
      [plain(`③ ${GUIDE_REASONS[2]}`)],
      [plain(`通知（前文）：「${NOTICE_REQUEST}」`)],
      [plain(drafts.purpose), small(LABEL)],
    ]);
    const items = drafts.decisions.split('\n');
    expect(section(w.body, '2　決裁を求める事項').map((p) => (p as Para).runs)).toEqual([[plain(`（1）${items[0]}`)], [plain(`（2）${items[1]}`)], [plain(`（3）${items[2]}`)], [small(LABEL)]]);
    expect(section(w.body, '3　内容').map((p) => (p as Para).runs)).toEqual(contentLines(ctx()).map((l) => [plain(l)]));
    const [costs, note, lead, program, ...rest] = section(w.body, '4　経費と財源');
    expect(rest).toEqual([]);
    expect(cellTexts(costs as Tbl)).toEqual([
      ['項目', '金額', '財源'],
      ['ノートPC 10台', '1,500,000円', '特別交付税措置'],
      ['回線', '300,000円', '一般財源'],
      ['合計', '1,800,000円', ''],
    ]);
    expect((costs as Tbl).rows.map((r) => r.header)).toEqual([true, false, false, false]);
    expect((note as Para).runs).toEqual([plain(drafts.cost), small(LABEL)]);
    expect((lead as Para).runs).toEqual([plain('活用を検討できる国の支援策（記載の時点の情報。最新の状況は所管の窓口で確認してください）')]);
    expect((program as Para).runs).toEqual([plain('・テレワークマネージャー相談事業（令和4年（2022年）時点の情報。出典：総務省「…」）')]);
    const [schedule, sNote, sources, ...after] = section(w.body, '5　今後の予定');
    expect(after).toEqual([]);
    expect(cellTexts(schedule as Tbl)).toEqual([
      ['段階', '時期'],
      ['推進体制（ステップ1）', '令和8年（2026年）6月〜令和8年（2026年）7月'],
      ['試行実施（ステップ2〜3）', '令和8年（2026年）8月〜令和8年（2026年）11月'],
      ['本格実施（ステップ4）', '令和9年（2027年）4月'],
      ['本格実施の開始', '令和9年（2027年）4月'],
    ]);
    expect((sNote as Para).runs).toEqual([plain(drafts.schedule), small(LABEL)]);
    expect((sources as Para).runs).toEqual([small(`${SOURCES_NOTE}自治体テレワーク推進ナビ（非公式）で作成。「当サイトの案」の文は当サイトのもので、手引きの定めではありません。`)]);
    // Bold only in the header rows of the tables and the 決裁/合議 labels: no paragraph of the body is bold.
    expect(topParas(w.body).flatMap((p) => p.runs).filter((r) => r.bold)).toEqual([]);
  });

  it('「（当サイトの案）」は当サイトの案の文（件名・趣旨・事項・経費・予定）にだけ小さい字で付き、利用者が書き換えた文には付かない', async () => {
    const draft = await word(emptyKian(), ctx());
    const labelled = (body: (Para | Tbl)[]) => topParas(body).filter((p) => p.runs.some((r) => r.text === LABEL));
    expect(labelled(draft.body).map((p) => p.runs.find((r) => r.text === LABEL))).toEqual(Array(5).fill(small(LABEL)));
    expect(labelled(draft.body).map((p) => p.runs[0]!.text)).toEqual([`件名　${kianDrafts(ctx()).title}`, kianDrafts(ctx()).purpose, LABEL, kianDrafts(ctx()).cost, kianDrafts(ctx()).schedule]);
    const own = await word({ ...emptyKian(), texts: OWN }, ctx());
    expect(labelled(own.body)).toEqual([]);
    expect(own.body[1]).toMatchObject({ style: 'Title', runs: [plain('件名　テレワーク試行の実施について')] });
    expect(section(own.body, '1　趣旨').at(-1)).toMatchObject({ runs: [plain(OWN.purpose)] });
    expect(section(own.body, '2　決裁を求める事項').map((p) => (p as Para).runs)).toEqual([[plain('（1）推進チームを置くこと。')], [plain('（2）試行すること。')]]);
    expect(section(own.body, '4　経費と財源')[1]).toMatchObject({ runs: [plain(OWN.cost)] });
    expect(section(own.body, '5　今後の予定')[1]).toMatchObject({ runs: [plain(OWN.schedule)] });
  });

  it('団体名が空白だけなら「起案」と「団体名（未入力）」、所属も氏名もなければ起案者は「（未記入）」、経費と工程表がなければそう書く', async () => {
    const w = await word(emptyKian(), ctx({ org: ' 　', department: '', plan: null }));
    expect(w.body[0]).toMatchObject({ runs: [small('起案')] });
    expect(w.header.map((p) => p.runs)).toEqual([[small('団体名（未入力）')]]);
    expect(cellTexts(w.body[2] as Tbl)).toEqual([
      ['項目', '内容'],
      ['起案日', '令和8年（2026年）6月1日'],
      ['起案者', '（未記入）'],
      ['団体名', '団体名（未入力）'],
    ]);
    expect(section(w.body, '4　経費と財源')[0]).toMatchObject({ kind: 'p', runs: [plain('経費：（未記入）')] });
    expect(section(w.body, '5　今後の予定')[0]).toMatchObject({ kind: 'p', runs: [plain('導入工程表：まだ作成していません。')] });
  });

  it('起案者は所属だけ・氏名だけでも余分な空白を付けない', async () => {
    const unitOnly = await word(emptyKian(), ctx());
    expect(cellTexts(unitOnly.body[2] as Tbl)[2]).toEqual(['起案者', '総務課']);
    const authorOnly = await word({ ...emptyKian(), author: '山田太郎' }, ctx({ department: '' }));
    expect(cellTexts(authorOnly.body[2] as Tbl)[2]).toEqual(['起案者', '山田太郎']);
  });

  it('添付がなければ改ページも添付もなく、出典の注記で終わる', async () => {
    const w = await word(emptyKian(), ctx());
    expect(w.body.filter((x) => isP(x) && x.pageBreak)).toEqual([]);
    expect(w.body.at(-1)).toMatchObject({ kind: 'p', runs: [small(`${SOURCES_NOTE}自治体テレワーク推進ナビ（非公式）で作成。「当サイトの案」の文は当サイトのもので、手引きの定めではありません。`)] });
    expect(topParas(w.body).filter((p) => p.text.startsWith('添付'))).toEqual([]);
  });

  it('添付は改ページの後に、選んだものだけが見出し・表・注記つきで並ぶ', async () => {
    const diagnosis = { heading: '自己診断の結果', lines: ['合計48点（100点満点）。'], rows: [['推進体制', '50点'], ['ICT環境', '40点']] as [string, string][] };
    const plan = { rows: [['1 推進体制の構築', '令和8年（2026年）6月', '令和8年（2026年）7月']] as [string, string, string][] };
    const progress = { rows: [['1 推進体制の構築', '進行中', '総務課', '令和8年（2026年）7月31日']] as [string, string, string, string][] };
    const inventory = { rows: [['議事録の作成', '総務課', 'Lv.Ⅰ（提案）', '']] as [string, string, string, string][] };
    const none = { diagnosis: null, plan: null, progress: null, inventory: null };
    const attached = async (a: KianAttachments) => {
      const { body } = await word(emptyKian(), ctx(), a);
      const i = body.findIndex((x) => isP(x) && x.pageBreak);
      expect(i).toBeGreaterThan(0);
      expect(body[i]).toMatchObject({ runs: [], text: '' });
      expect(body.filter((x) => isP(x) && x.pageBreak)).toHaveLength(1);
      return body.slice(i + 1).map((x) => (isP(x) ? (x.style === 'Heading2' ? { h: x.text } : { p: x.runs }) : { t: cellTexts(x), head: x.rows.map((r) => r.header) }));
    };
    const NOTE_PLAN = small('各ステップの期間は当サイトの提案をもとに担当者が調整したもので、手引きは期間を定めていません。');
    const NOTE_INV = small('レベルは、業務が扱う情報・使うシステム・場所の回答から導いたもの（提案）か、担当者が選んだもの（選択）です。回答が「わからない」か推定のままの業務は「暫定・要確認」です。');
    expect(await attached({ ...none, diagnosis })).toEqual([{ h: '添付　自己診断の結果' }, { p: [plain('合計48点（100点満点）。')] }, { t: [['領域', '点数（100点満点）'], ['推進体制', '50点'], ['ICT環境', '40点']], head: [true, false, false] }]);
    expect(await attached({ ...none, plan })).toEqual([{ h: '添付　導入工程表' }, { t: [['ステップ', '開始', '終了'], ...plan.rows], head: [true, false] }, { p: [NOTE_PLAN] }]);
    expect(await attached({ ...none, progress })).toEqual([{ h: '添付　10ステップの進捗' }, { t: [['ステップ', '状況', '担当', '期限'], ...progress.rows], head: [true, false] }]);
    expect(await attached({ ...none, inventory })).toEqual([{ h: '添付　業務の棚卸し' }, { t: [['業務名', '所属', 'レベル', '住民情報の注意'], ...inventory.rows], head: [true, false] }, { p: [NOTE_INV] }]);
    const all = await attached({ diagnosis, plan, progress, inventory });
    expect(all.flatMap((x) => ('h' in x ? [x.h] : []))).toEqual(['添付　自己診断の結果', '添付　導入工程表', '添付　10ステップの進捗', '添付　業務の棚卸し']);
  });
});

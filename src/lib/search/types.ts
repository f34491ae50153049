/** Shapes shared by the index builder, the engine and the search island. */

/**
 * One searchable record of the index (short keys keep the JSON small).
 * A record is a page (url without '#') or a section of one (url with '#anchor').
 */
export interface SearchRecord {
  /** Title shown as the result's link text */
  t: string;
  /** Where it sits, e.g. 「10ステップ › ステップ3」 */
  p: string;
  /** Site path without base, with anchor: "/steps/3/#checklist" */
  u: string;
  /** Extra words that should find the record (readings, aliases, themes); not displayed */
  k?: string;
  /** Plain text of the section, for matching and snippets */
  x: string;
  /** Glossary records: the definition is x's first n characters (the rest are mentions) */
  n?: number;
  /** Site pages the section's text links to (without anchor; glossary links left out) */
  l?: string[];
}

/**
 * A group of the search-terms list as the index carries it: `w` are searched for each other, as
 * words of the same meaning when `s` is 1 (「同じ意味」), else as related words (「関連する語」);
 * `r` are related words searched one way. Without `s` a group is never shown as the same meaning.
 */
export interface SearchTermEntry {
  w: string[];
  r?: string[];
  s?: 1;
}

/** The whole of /search-index.json. */
export interface SearchIndex {
  records: SearchRecord[];
  terms: SearchTermEntry[];
}

/** A stretch of snippet text, marked when it matched the query. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** One ranked result. */
export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** The title split into marked/unmarked parts */
  title: SnippetPart[];
  /** A short excerpt of the text around the first match */
  snippet: SnippetPart[];
}

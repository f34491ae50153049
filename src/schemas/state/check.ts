/**
 * A tiny strict validator for the saved state, shaped like zod's `safeParse` (success / data /
 * error.issues with `path`, `code`, `message`), so the schemas read like zod schemas.
 *
 * Why not zod here: the saved state is validated in the browser on every tool page, and zod's
 * runtime alone (~6.5 KB gzip) would push the tracker pages over their JavaScript budget
 * (test/dist/budgets.test.ts). Content collections are validated at build time and keep zod.
 *
 * Stricter than the zod/mini schemas it replaces: every object is strict at every depth and
 * `__proto__` is an unknown key like any other (zod's record drops it silently).
 */
export type Path = (string | number)[];
export interface Issue {
  code: 'invalid_type' | 'invalid_format' | 'too_big' | 'unrecognized_keys' | 'invalid_key';
  path: Path;
  message: string;
  keys?: string[];
}
export type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

export interface Schema<T> {
  /** Checks `v`, adding issues; returns the (copied) value when valid. */
  check(v: unknown, path: Path, issues: Issue[]): T;
  safeParse(v: unknown): SafeParse<T>;
}
export type Infer<S> = S extends Schema<infer T> ? T : never;

const DEFAULT = '形式が違います';

function schema<T>(check: Schema<T>['check']): Schema<T> {
  return {
    check,
    safeParse(v) {
      const issues: Issue[] = [];
      const data = check(v, [], issues);
      return issues.length ? { success: false, error: { issues } } : { success: true, data };
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string, at most `max` characters (code points), matching `re` when given. */
export const string = (max = Infinity, re?: RegExp, message = DEFAULT): Schema<string> =>
  schema((v, path, issues) => {
    if (typeof v !== 'string') issues.push({ code: 'invalid_type', path, message: '文字列ではありません' });
    else if ([...v].length > max) issues.push({ code: 'too_big', path, message: `${max}文字を超えています` });
    else if (re && !re.test(v)) issues.push({ code: 'invalid_format', path, message });
    return v as string;
  });

/** One of the given strings. */
export const oneOf = <const T extends readonly string[]>(values: T): Schema<T[number]> =>
  schema((v, path, issues) => {
    if (!values.includes(v as string)) issues.push({ code: 'invalid_format', path, message: `${values.join('・')}のどれかではありません` });
    return v as T[number];
  });

/** An array of at most `max` items. */
export const array = <T>(item: Schema<T>, max: number): Schema<T[]> =>
  schema((v, path, issues) => {
    if (!Array.isArray(v)) return issues.push({ code: 'invalid_type', path, message: '配列ではありません' }), [];
    if (v.length > max) issues.push({ code: 'too_big', path, message: `${max}件を超えています` });
    return v.map((x, i) => item.check(x, [...path, i], issues));
  });

/** An object with exactly these keys (a missing key or any other key is an issue). */
type OptionalKeys<S> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Shape<S> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> };
type Flat<T> = { [K in keyof T]: T[K] };

export const object = <S extends Record<string, Schema<unknown>>>(shape: S): Schema<Flat<Shape<S>>> =>
  schema((v, path, issues) => {
    if (!isObject(v)) return issues.push({ code: 'invalid_type', path, message: 'オブジェクトではありません' }), {} as never;
    const out: Record<string, unknown> = {};
    const keys = Object.keys(shape);
    for (const k of keys) {
      // An optional key that is absent stays absent (so old data keeps its exact shape).
      if (!(k in v) && (shape[k] as { optional?: boolean }).optional) continue;
      out[k] = shape[k]!.check(v[k], [...path, k], issues);
    }
    const extra = Object.keys(v).filter((k) => !keys.includes(k));
    if (extra.length) issues.push({ code: 'unrecognized_keys', path, keys: extra, message: '想定していない項目' });
    return out as never;
  });

/** An object used as a map: every key matches `key`, every value `value`; `__proto__` is refused. */
export const record = <T>(key: RegExp, value: Schema<T>): Schema<Record<string, T>> =>
  schema((v, path, issues) => {
    if (!isObject(v)) return issues.push({ code: 'invalid_type', path, message: 'オブジェクトではありません' }), {};
    const out: Record<string, T> = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__') issues.push({ code: 'unrecognized_keys', path, keys: [k], message: '想定していない項目' });
      else if (!key.test(k)) issues.push({ code: 'invalid_key', path: [...path, k], message: '使えない名前です' });
      else out[k] = value.check(v[k], [...path, k], issues);
    }
    return out;
  });

/** A key that may be absent (added to a shape later: data saved before it still loads). */
export const optional = <T>(inner: Schema<T>): Schema<T | undefined> & { optional: true } => Object.assign(schema<T | undefined>((v, path, issues) => (v === undefined ? undefined : inner.check(v, path, issues))), { optional: true as const });

/** `a` or else `b`. */
export const either = <A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> =>
  schema((v, path, issues) => {
    const mine: Issue[] = [];
    const r = a.check(v, path, mine);
    return mine.length ? b.check(v, path, issues) : r;
  });

/**
 * A key an older saved shape did not have: absent (undefined) gives `fallback()`, any other
 * value must match `s`. Lets a section grow without a format version (old data still loads).
 */
export const withDefault = <T>(s: Schema<T>, fallback: () => T): Schema<T> =>
  schema((v, path, issues) => (v === undefined ? fallback() : s.check(v, path, issues)));

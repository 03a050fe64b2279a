/**
 * A digest of any value a page renders: its view objects, lists, Maps, Sets and dates. Used
 * for the `cacheKey` of incremental builds (see cache-key.ts), so it must change whenever
 * anything the page could show changes, and stay the same between two builds of the same data.
 *
 * Fast because it runs for every page of every build: the whole value is written once as a
 * compact string and hashed. Views share the corpus's entries (the same document or agency entry
 * appears in hundreds of views), so the string of an entry (an object with an `id`) is computed
 * once per build and stands for it by its hash — correct because the corpus is not changed after
 * it is built. Other objects are fresh per view and are written inline, without that bookkeeping.
 */
import { createHash } from 'node:crypto';

/** A hook that adds something to the digest of a keyed field, e.g. the git date of `sourceFiles`. */
export type FieldHook = (key: string, value: unknown) => unknown;

/** Above this length an object's string is replaced by its hash (memory of the memo, size of parents). */
const INLINE = 64;

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64');

/** Deeper than this, a value is taken to refer to itself (views are a few levels deep). */
const MAX_DEPTH = 100;

/** A digest function with its own memory of the entries it has seen. */
export function digester(hook?: FieldHook): (value: unknown) => string {
  const memo = new WeakMap<object, string>();
  let depth = 0;

  function object(value: object): string {
    const entry = typeof (value as { id?: unknown }).id === 'string';
    if (entry) {
      const seen = memo.get(value);
      if (seen !== undefined) return seen;
    }
    if (++depth > MAX_DEPTH) throw new Error('cacheKey: a page view refers to itself, which cannot be digested.');
    let text = write(value);
    depth--;
    if (entry) {
      if (text.length > INLINE) text = `#${sha1(text)}`;
      memo.set(value, text);
    }
    return text;
  }

  function write(value: object): string {
    let text: string;
    if (Array.isArray(value)) {
      text = '[';
      for (const item of value) text += `${of(item)},`;
      return `${text}]`;
    }
    if (value instanceof Map) {
      text = 'M{';
      for (const [k, v] of value) text += `${of(k)}:${of(v)},`;
      return `${text}}`;
    }
    if (value instanceof Set) {
      text = 'S[';
      for (const item of value) text += `${of(item)},`;
      return `${text}]`;
    }
    if (value instanceof Date) return `D${value.getTime()}`;
    if (value instanceof URL) return `U${JSON.stringify(value.href)}`;
    if (ArrayBuffer.isView(value))
      return `B${createHash('sha1')
        .update(value as Uint8Array)
        .digest('base64')}`;
    text = '{';
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      const v = (value as Record<string, unknown>)[k];
      text += `${JSON.stringify(k)}:${of(v)},`;
      if (hook) {
        const extra = hook(k, v);
        if (extra !== undefined) text += `+${of(extra)},`;
      }
    }
    return `${text}}`;
  }

  function of(value: unknown): string {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value);
      case 'number':
        return `${value}`;
      case 'boolean':
        return value ? 't' : 'f';
      case 'bigint':
        return `${value}n`;
      case 'undefined':
        return 'u';
      case 'function':
      case 'symbol':
        throw new Error(`cacheKey: a page view holds a ${typeof value}, which cannot be digested; keep views plain data.`);
      default:
        return value === null ? 'n' : object(value as object);
    }
  }

  return (value) => {
    depth = 0;
    return sha1(of(value));
  };
}

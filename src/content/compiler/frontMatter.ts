/**
 * Splits a Markdown file into YAML front matter and body, parses the YAML with line tracking and validates it
 * against a zod schema, reporting each problem at the line of the offending key.
 */
import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { ErrorSink } from './errors.ts';

export interface SplitFile {
  yaml: string;
  body: string;
  /** Number of lines before the body starts, so body positions can be shifted to file lines. */
  bodyLineOffset: number;
}

export function splitFrontMatter(source: string, sink: ErrorSink): SplitFile | null {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') {
    sink.add(1, 'missing front matter: the file must start with a line "---"');
    return null;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    sink.add(1, 'front matter is not closed: add a line "---" after it');
    return null;
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyLineOffset: end + 1,
  };
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  // Walk down the path as far as it exists; report at the deepest node found (its key, if it is a map entry).
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth).filter((k): k is string | number => typeof k !== 'symbol');
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

export function parseFrontMatter<S extends z.ZodType>(
  yaml: string,
  schema: S,
  sink: ErrorSink,
): z.infer<S> | null {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  // Front matter starts on file line 2 (line 1 is "---").
  const fileLine = (l: number) => l + 1;
  // Warnings too (e.g. an unknown "!!js/function" tag): front matter is plain data, never code.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    for (const err of problems) {
      const line = counter.linePos(err.pos[0]).line;
      sink.add(
        fileLine(line),
        `malformed YAML in front matter: ${err.message.split('\n')[0]} (the cause may be on the line before)`,
      );
    }
    return null;
  }
  if (!isMap(doc.contents)) {
    sink.add(2, 'front matter must be a set of "key: value" lines');
    return null;
  }
  const data: unknown = doc.toJS();
  const markup = findMarkup(data);
  if (markup) {
    sink.add(
      fileLine(lineOf(doc, counter, markup.path)),
      `markup is not allowed in front matter: "${markup.value.slice(0, 40)}"`,
    );
    return null;
  }
  // With the input in each issue, a value of the wrong type is told apart from a missing one.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const where = path.join('.') || '(front matter)';
      const what =
        issue.code === 'unrecognized_keys'
          ? `unknown field "${where}"`
          : issue.code === 'invalid_type' && issue.input === undefined
            ? `missing required field "${where}"`
            : `field "${where}": ${issue.message}`;
      sink.add(fileLine(lineOf(doc, counter, path)), what);
    }
  }
  return null;
}

/** Front matter is words and names: anything that looks like an HTML tag is refused, wherever it is. */
function findMarkup(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: string } | null {
  if (typeof value === 'string') return /<\s*[a-z!/?]/i.test(value) ? { path, value } : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findMarkup(v, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findMarkup(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

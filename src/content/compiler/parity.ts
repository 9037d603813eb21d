/**
 * English defines the shape. A translation must have the same directives, ids, attributes (art, answer
 * flags) and counts in the same order, and the same structural front matter; only words may differ.
 */
import type { ErrorSink } from './errors.ts';
import type { CompiledFile } from './compileFile.ts';
import type { DirectiveNode } from './markdown.ts';

interface Signature {
  line: number;
  sig: string;
}

function describe(node: DirectiveNode): string {
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => k !== 'id')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => (v === '' ? k : `${k}=${v}`));
  const id = node.attrs.id ? `#${node.attrs.id}` : '';
  return `:::${node.name}${id}${attrs.length ? ` {${attrs.join(' ')}}` : ''}`;
}

function flatten(node: DirectiveNode, out: Signature[] = []): Signature[] {
  for (const child of node.children) {
    out.push({ line: child.line, sig: describe(child) });
    flatten(child, out);
    out.push({ line: child.line, sig: `end of ${describe(child)}` });
  }
  return out;
}

export function checkParity(en: CompiledFile, tr: CompiledFile, sink: ErrorSink, enFile: string): void {
  const enStructure = JSON.stringify(en.structure);
  const trStructure = JSON.stringify(tr.structure);
  if (enStructure !== trStructure) {
    sink.add(
      2,
      `front matter structure differs from ${enFile}: expected ${enStructure}, found ${trStructure}`,
    );
  }
  if (!en.tree || !tr.tree) return;
  const a = flatten(en.tree);
  const b = flatten(tr.tree);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x?.sig === y?.sig) continue;
    const line = y?.line ?? b[b.length - 1]?.line ?? 1;
    if (!y) sink.add(line, `structure differs from ${enFile}: missing ${x?.sig} (${enFile}:${x?.line})`);
    else if (!x) sink.add(line, `structure differs from ${enFile}: extra ${y.sig} not in English`);
    else
      sink.add(
        line,
        `structure differs from ${enFile}: expected ${x.sig} (${enFile}:${x.line}), found ${y.sig}`,
      );
    return; // one mismatch shifts everything after it: report the first, precisely
  }
}

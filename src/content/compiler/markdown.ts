/**
 * Markdown body -> a tree of directives holding safe rich-text blocks. Only the node types the app's
 * renderer knows get through; everything else (raw HTML, images, code, unsafe links) is an error at its line.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from '../schema.ts';
import type { ErrorSink } from './errors.ts';
import { joinLines } from '../wideText.ts';

export interface DirectiveNode {
  name: string;
  attrs: Record<string, string>;
  line: number;
  /** Rich text written directly inside the directive. */
  body: Block[];
  /** Directives nested inside this one, in document order. */
  children: DirectiveNode[];
  /** Line of the first text block, for errors about text that should not be there. */
  bodyLine?: number;
}

const SAFE_LINK = /^(https:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

export function parseBody(body: string, lineOffset: number, sink: ErrorSink): DirectiveNode {
  const tree = fromMarkdown(body, {
    extensions: [directive()],
    mdastExtensions: [directiveFromMarkdown()],
  });
  const lineOf = (n: Nodes) => (n.position?.start.line ?? 1) + lineOffset;

  function inlines(nodes: PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    for (const n of nodes) {
      const line = lineOf(n);
      switch (n.type) {
        case 'text': {
          const v = joinLines(n.value);
          if (v) out.push({ t: 'text', v });
          break;
        }
        case 'strong':
        case 'emphasis':
          out.push({ t: n.type === 'strong' ? 'strong' : 'em', c: inlines(n.children) });
          break;
        case 'break':
          out.push({ t: 'br' });
          break;
        case 'link':
          if (!SAFE_LINK.test(n.url)) {
            sink.add(
              line,
              `unsafe link "${n.url.slice(0, 60)}": only https://, mailto:, tel: and app paths starting with "/" are allowed`,
            );
          } else out.push({ t: 'link', href: n.url, c: inlines(n.children) });
          break;
        case 'image':
          sink.add(
            line,
            /^[a-z][a-z0-9+.-]*:|^\/\//i.test(n.url)
              ? `remote image "${n.url.slice(0, 60)}" is not allowed: the app never loads anything from another origin`
              : 'images in text are not supported: use the scene, characters, props and sango attributes',
          );
          break;
        case 'html':
          sink.add(line, `raw HTML is not allowed: ${JSON.stringify(n.value.slice(0, 40))}`);
          break;
        case 'textDirective':
          sink.add(line, `unknown text directive ":${n.name}" (if you meant a colon, put a space after it)`);
          break;
        default:
          sink.add(line, `${n.type} is not supported in text`);
      }
    }
    return out;
  }

  function block(n: RootContent): Block | null {
    const line = lineOf(n);
    switch (n.type) {
      case 'paragraph':
        return { t: 'p', c: inlines(n.children) };
      case 'heading':
        if (n.depth < 2 || n.depth > 4) {
          sink.add(line, `heading level ${n.depth} is not allowed: use ## to ####`);
          return null;
        }
        return { t: 'h', level: n.depth as 2 | 3 | 4, c: inlines(n.children) };
      case 'list':
        return {
          t: n.ordered ? 'ol' : 'ul',
          items: n.children.map((item) => item.children.map(block).filter((b): b is Block => b !== null)),
        };
      case 'html':
        sink.add(line, `raw HTML is not allowed: ${JSON.stringify(n.value.slice(0, 40))}`);
        return null;
      case 'leafDirective':
        sink.add(
          line,
          `unknown directive "::${n.name}": directives here are containers written ":::${n.name}"`,
        );
        return null;
      default:
        sink.add(line, `${n.type} is not supported here`);
        return null;
    }
  }

  function container(
    name: string,
    attrs: Record<string, string | null | undefined> | null | undefined,
    children: RootContent[],
    line: number,
  ): DirectiveNode {
    const node: DirectiveNode = { name, attrs: {}, line, body: [], children: [] };
    for (const [k, v] of Object.entries(attrs ?? {})) node.attrs[k] = v ?? '';
    for (const child of children) {
      if (child.type === 'containerDirective') {
        if (child.children[0]?.data && 'directiveLabel' in child.children[0].data) {
          sink.add(lineOf(child), `":::${child.name}[...]" labels are not supported: write the words inside`);
        }
        const inner = child.children.filter((c) => !(c.data && 'directiveLabel' in c.data));
        node.children.push(container(child.name, child.attributes, inner, lineOf(child)));
      } else {
        const b = block(child);
        node.bodyLine ??= lineOf(child);
        if (b) node.body.push(b);
      }
    }
    return node;
  }

  return container('root', {}, tree.children, 1 + lineOffset);
}

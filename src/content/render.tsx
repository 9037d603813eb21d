/**
 * Compiled content nodes -> React elements. Only the node types the compiler lets through exist here, so
 * there is no HTML string anywhere and nothing to sanitise.
 */
import type { ReactNode } from 'react';
import { Link } from '../ui/Link.tsx';
import type { Block, Inline } from './schema.ts';

function InlineNode({ node }: { node: Inline }): ReactNode {
  switch (node.t) {
    case 'text':
      return node.v;
    case 'br':
      return <br />;
    case 'strong':
      return (
        <strong>
          <Inlines nodes={node.c} />
        </strong>
      );
    case 'em':
      return (
        <em>
          <Inlines nodes={node.c} />
        </em>
      );
    case 'link':
      return node.href.startsWith('/') ? (
        <Link to={node.href}>
          <Inlines nodes={node.c} />
        </Link>
      ) : (
        <a href={node.href} rel="noopener noreferrer" target={node.href.startsWith('https:') ? '_blank' : undefined}>
          <Inlines nodes={node.c} />
        </a>
      );
  }
}

export function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map((n, i) => <InlineNode key={i} node={n} />);
}

function BlockNode({ node }: { node: Block }): ReactNode {
  switch (node.t) {
    case 'p':
      return (
        <p>
          <Inlines nodes={node.c} />
        </p>
      );
    case 'h': {
      const Tag = `h${node.level}` as const;
      return (
        <Tag>
          <Inlines nodes={node.c} />
        </Tag>
      );
    }
    case 'ul':
    case 'ol': {
      const Tag = node.t;
      return (
        <Tag>
          {node.items.map((item, i) => (
            <li key={i}>
              <Blocks nodes={item} />
            </li>
          ))}
        </Tag>
      );
    }
  }
}

export function Blocks({ nodes }: { nodes: readonly Block[] }) {
  return nodes.map((n, i) => <BlockNode key={i} node={n} />);
}

/** Plain text of inline nodes, for labels and read-aloud. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : n.t === 'br' ? ' ' : inlineText(n.c))).join('');
}

/** Plain text of blocks, for labels and read-aloud. */
export function blocksText(nodes: readonly Block[]): string {
  return nodes.map((b) => ('items' in b ? b.items.map(blocksText).join(' ') : inlineText(b.c))).join(' ');
}

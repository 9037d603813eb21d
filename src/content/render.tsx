/**
 * Compiled content nodes -> React elements. Only the node types the compiler lets through exist here, so
 * there is no HTML string anywhere and nothing to sanitise.
 */
import type { ReactNode } from 'react';
import { ExternalLink } from '../ui/ExternalLink.tsx';
import { Link } from '../ui/Link.tsx';
import type { Block, Inline } from './schema.ts';

/**
 * Numbers written in groups ("116 111") are phone numbers to dial as written. In right-to-left text the bidi
 * algorithm would show the groups swapped ("111 116"), so each run of groups is isolated left to right.
 */
const DIGIT_GROUPS = /(\d+(?:[ \u00a0]\d+)+)/;

function Text({ v }: { v: string }): ReactNode {
  const parts = v.split(DIGIT_GROUPS);
  if (parts.length === 1) return v;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <bdi key={i} dir="ltr">
        {part}
      </bdi>
    ) : (
      part
    ),
  );
}

function InlineNode({ node }: { node: Inline }): ReactNode {
  switch (node.t) {
    case 'text':
      return <Text v={node.v} />;
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
      if (node.href.startsWith('/')) {
        return (
          <Link to={node.href}>
            <Inlines nodes={node.c} />
          </Link>
        );
      }
      if (node.href.startsWith('https:')) {
        return (
          <ExternalLink href={node.href}>
            <Inlines nodes={node.c} />
          </ExternalLink>
        );
      }
      // mailto:, tel: and #anchors stay in this tab: they open the phone or mail app, or move down the page.
      return (
        <a href={node.href} rel="noopener noreferrer">
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

import { createElement, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './parse';

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, key) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={key}>{node.text}</code>;
      case 'strong':
        return <strong key={key}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={key}>{inline(node.children)}</em>;
      case 'link':
        return (
          <a key={key} href={node.href}>
            {inline(node.children)}
          </a>
        );
      case 'break':
        return <br key={key} />;
    }
  });
}

/**
 * The page's `<h1>` is the headline, so a body's headings start at `topLevel`: writers use `##`
 * for subheadings and a stray `#` must not make a second `<h1>`.
 */
function block(node: Block, key: number, topLevel: number): ReactNode {
  switch (node.type) {
    case 'heading':
      return createElement(
        `h${Math.min(6, Math.max(node.level, topLevel))}`,
        { key },
        inline(node.children),
      );
    case 'paragraph':
      return <p key={key}>{inline(node.children)}</p>;
    case 'list': {
      const items = node.items.map((item, i) => <li key={i}>{inline(item)}</li>);
      return node.ordered ? (
        <ol key={key} start={node.start === 1 ? undefined : node.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'quote':
      return (
        <blockquote key={key}>
          {node.children.map((child, i) => block(child, i, topLevel))}
        </blockquote>
      );
    case 'code':
      return (
        <pre key={key}>
          <code>{node.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
  }
}

interface MarkdownProps {
  source: string;
  /** The highest heading level the body may use (default 2, below the page's `<h1>`). */
  topLevel?: number;
  className?: string;
}

/** Renders Markdown as React elements: no HTML string is ever handed to the DOM. */
export function Markdown({ source, topLevel = 2, className }: MarkdownProps) {
  return (
    <div className={className}>
      {parseMarkdown(source).map((node, i) => block(node, i, topLevel))}
    </div>
  );
}

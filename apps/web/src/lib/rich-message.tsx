import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence whose catalogue message marks words with `<name>…</name>` (not nested), each mark rendered
 * by the element given for it: `rich(t('dashboard:x'), { b: (words) => <strong>{words}</strong> })`. Marks the
 * caller gives no element for stay as plain text.
 */
export function rich(message: string, marks: Record<string, (words: ReactNode) => ReactNode>): ReactNode {
  const parts: ReactNode[] = [];
  const pattern = /<([a-z]+)>(.*?)<\/\1>/gs;
  let at = 0;
  for (const match of message.matchAll(pattern)) {
    const [whole, name, words] = match;
    if (match.index > at) parts.push(message.slice(at, match.index));
    const render = marks[name];
    parts.push(<Fragment key={match.index}>{render ? render(words) : words}</Fragment>);
    at = match.index + whole.length;
  }
  if (at < message.length) parts.push(message.slice(at));
  return <>{parts}</>;
}

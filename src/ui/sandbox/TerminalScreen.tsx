import { useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import type { ScreenLine } from '../../state/sandbox-world';

/** One row's height in px: the CSS gives every row exactly this line height. */
export const ROW_PX = 20;
/** Rows drawn above and below the visible ones, so scrolling shows no gap. */
const OVERSCAN = 20;
/** Past this, a line is cut on screen (the server still got all of it). */
const SHOWN_CHARACTERS = 400;

/** Control characters drawn as their Unicode pictures (␀ ␛ …), so binary input is visible. */
function printable(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x7f) out += '\u2421';
    else if (code < 0x20 && code !== 0x09) out += String.fromCharCode(0x2400 + code);
    else out += character;
  }
  return out;
}

interface Props {
  id: number;
  lines: readonly ScreenLine[];
  /** Grows when lines are added (the array itself grows in place). */
  version: number;
}

/**
 * A terminal's screen: only the rows near the viewport are in the DOM (a 10,000-line paste
 * stays light), and it follows the newest line unless the student scrolled up to read.
 */
export function TerminalScreen({ id, lines, version }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 320 });
  const following = useRef(true);

  useLayoutEffect(() => {
    const element = box.current;
    if (element === null || !following.current) return;
    element.scrollTop = element.scrollHeight;
    setScroll({ top: element.scrollTop, height: element.clientHeight });
  }, [version, lines.length]);

  const first = Math.max(0, Math.floor(scroll.top / ROW_PX) - OVERSCAN);
  const last = Math.min(lines.length, Math.ceil((scroll.top + scroll.height) / ROW_PX) + OVERSCAN);
  const rows = [];
  for (let index = first; index < last; index += 1) {
    const line = lines[index] as ScreenLine;
    const long = line.text.length > SHOWN_CHARACTERS;
    rows.push(
      <div
        key={index}
        className={`term-row term-${line.kind}`}
        style={{ top: index * ROW_PX }}
        title={long ? line.text.slice(0, 4000) : undefined}
      >
        {printable(long ? line.text.slice(0, SHOWN_CHARACTERS) : line.text)}
        {long && (
          <span className="term-cut">{t('sandbox.longLine', { count: line.text.length })}</span>
        )}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      className="term-screen"
      role="log"
      aria-label={t('sandbox.output', { id })}
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current =
          element.scrollTop + element.clientHeight >= element.scrollHeight - ROW_PX;
        setScroll({ top: element.scrollTop, height: element.clientHeight });
      }}
    >
      <div className="term-rows" style={{ height: lines.length * ROW_PX }}>
        {rows}
      </div>
    </div>
  );
}

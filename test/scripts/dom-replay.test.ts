// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { DOM_REPLAY_SCRIPT } from '../../scripts/bench/dom-replay';

interface Replay {
  plan(fromHtml: string, toHtml: string): unknown[];
  resolve(ops: unknown[], root: Element): unknown[];
  run(resolved: unknown[]): void;
}

let replay: Replay;

beforeAll(() => {
  // The script is what the bench gives the page: run it as the page would.
  (0, eval)(DOM_REPLAY_SCRIPT);
  replay = (window as unknown as { __domReplay: Replay }).__domReplay;
});

/** A live tree with the first markup, changed by the replay; returns its markup and the plan. */
function replayed(fromHtml: string, toHtml: string): { html: string; ops: unknown[] } {
  const root = document.createElement('div');
  root.innerHTML = fromHtml;
  const ops = replay.plan(fromHtml, toHtml);
  replay.run(replay.resolve(ops, root));
  return { html: root.innerHTML, ops };
}

const rows = (from: number, to: number) =>
  Array.from(
    { length: to - from },
    (_, i) => `<li data-seq="${from + i}">line ${from + i}</li>`,
  ).join('');

describe('the DOM replay of step_dom_floor_p95_ms', () => {
  it('changes texts and attributes in place', () => {
    const from = '<p class="a" title="x">Step 1 of 9</p><svg><text>MAIL</text></svg>';
    const to = '<p class="b">Step 2 of 9</p><svg><text>RCPT</text></svg>';
    const { html, ops } = replayed(from, to);
    expect(html).toBe(to);
    // class changed, title removed, two texts: nothing rebuilt.
    expect(ops).toHaveLength(4);
  });

  it('moves a control whose value a script has set', () => {
    const root = document.createElement('div');
    root.innerHTML = '<input type="range" min="0" max="9" value="1">';
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = '1';
    replay.run(
      replay.resolve(
        replay.plan(root.innerHTML, '<input type="range" min="0" max="9" value="2">'),
        root,
      ),
    );
    expect(input.value).toBe('2');
  });

  it('adds a row at the end of a long list in one operation, keyed as React keys it', () => {
    const { html, ops } = replayed(`<ol>${rows(1, 40)}</ol>`, `<ol>${rows(1, 41)}</ol>`);
    expect(html).toBe(`<ol>${rows(1, 41)}</ol>`);
    expect(ops).toHaveLength(1);
  });

  it('removes the rows that leave the top and adds the new one below', () => {
    const from = `<section><h4 data-row="0">c1</h4><ol>${rows(1, 20)}</ol></section>`;
    const to = `<section><h4 data-row="0">c1</h4><ol>${rows(4, 21)}</ol></section><section><h4 data-row="30">c2</h4><ol>${rows(30, 31)}</ol></section>`;
    expect(replayed(from, to).html).toBe(to);
  });

  it('refuses a page that is not the one recorded', () => {
    const ops = replay.plan('<p><b>a</b></p>', '<p><b>b</b></p>');
    const other = document.createElement('div');
    other.innerHTML = '<p></p>';
    expect(() => replay.resolve(ops, other)).toThrow('the page is not the recorded one');
  });
});

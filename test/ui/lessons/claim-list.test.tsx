// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mythsLesson } from '../../../src/content/lessons/12-myths';
import { initI18n } from '../../../src/ui/i18n';
import { ClaimList } from '../../../src/ui/lessons/ClaimList';
import { matchOne } from '../../../src/world/timeline/query';
import type { Step } from '../../../src/world/timeline/step';

const timeline = (
  JSON.parse(readFileSync(`src/content/timelines/${mythsLesson.world}.json`, 'utf8')) as {
    steps: Step[];
  }
).steps;
const claims = mythsLesson.claims ?? [];
const seqOf = (index: number) => matchOne(timeline, claims[index]!.anchor).seq;

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

function show(cursor: number, limit: number, onShow = vi.fn()) {
  render(
    <ClaimList
      claims={claims}
      timeline={timeline}
      cursor={cursor}
      limit={limit}
      language="en"
      onShow={onShow}
    />,
  );
  return onShow;
}

const items = () => screen.getAllByRole('listitem');

describe('the claims of lesson 12', () => {
  it('lists every claim, each with a button naming its step', () => {
    show(0, timeline.length - 1);
    expect(items()).toHaveLength(claims.length);
    expect(within(items()[0]!).getByText('The sending server logs in to the receiving server.'));
    expect(
      within(items()[0]!).getByRole('button', {
        name: `Show the step that disproves it (step ${seqOf(0)})`,
      }),
    ).toBeDefined();
  });

  it('takes the simulator to the disproving step when its button is pressed', () => {
    const onShow = show(0, timeline.length - 1);
    fireEvent.click(within(items()[5]!).getByRole('button'));
    expect(onShow).toHaveBeenCalledWith(seqOf(5));
  });

  it('keeps a button greyed while its step lies beyond an unanswered question', () => {
    const limit = seqOf(2);
    show(0, limit);
    claims.forEach((_, index) => {
      const button = within(items()[index]!).getByRole('button');
      expect({ index, disabled: (button as HTMLButtonElement).disabled }).toEqual({
        index,
        disabled: seqOf(index) > limit,
      });
    });
    expect(screen.getByText(/A greyed button waits for a question/)).toBeDefined();
  });

  it('shows a claim’s fact only once the cursor has reached its step, and counts them', () => {
    show(seqOf(2), timeline.length - 1);
    const reached = claims.map((_, index) => seqOf(index) <= seqOf(2));
    claims.forEach((_, index) => {
      expect({ index, fact: within(items()[index]!).queryByText('Fact:') !== null }).toEqual({
        index,
        fact: reached[index],
      });
    });
    expect(
      screen.getByText(`(${reached.filter(Boolean).length} of ${claims.length} disproved)`),
    ).toBeDefined();
  });
});

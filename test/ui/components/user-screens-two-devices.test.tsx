// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import lessonImap from '../../../src/content/timelines/lesson-imap.json';
import type { ShippedTimeline } from '../../../src/content/timelines/load';
import { lessonImapWorld } from '../../../src/content/worlds/lesson-fetch';
import { worldView } from '../../../src/state/world-view';
import { UserScreens } from '../../../src/ui/components/UserScreens';
import { initI18n } from '../../../src/ui/i18n';
import { matchOne } from '../../../src/world/timeline/query';
import type { Timeline } from '../../../src/world/timeline/step';

const timeline: Timeline = (lessonImap as unknown as ShippedTimeline).steps;
const view = worldView(lessonImapWorld);
const laptop = { from: 'bob-laptop', to: 'mail-ecole' } as const;

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

/** The inbox of one of Bob's devices, by its heading. */
function device(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { name: `On ${name}` });
  return heading.parentElement as HTMLElement;
}

describe("Bob's two devices on one IMAP mailbox", () => {
  it('shows both devices side by side in one list of devices', () => {
    render(<UserScreens timeline={timeline} cursor={0} world={view} onSend={() => {}} />);
    const devices = document.querySelector('.devices');
    expect([...(devices?.querySelectorAll('h5') ?? [])].map((h) => h.textContent)).toEqual([
      'On phone.ecole.example',
      'On laptop.ecole.example',
    ]);
  });

  it('shows on the laptop the star the phone set, once the server reports the flags', () => {
    const listing = matchOne(timeline, {
      kind: 'reply',
      after: { command: 'UID FETCH' },
      conn: laptop,
      nth: 0,
    }).seq;
    render(<UserScreens timeline={timeline} cursor={listing} world={view} onSend={() => {}} />);
    expect(within(device('laptop.ecole.example')).getByText('read')).toBeTruthy();
    expect(within(device('laptop.ecole.example')).getByText('\\Flagged')).toBeTruthy();
    expect(within(device('phone.ecole.example')).getByText('\\Flagged')).toBeTruthy();
  });

  it('marks the message for deletion, then removes it from the laptop only at EXPUNGE', () => {
    const stored = matchOne(timeline, {
      kind: 'reply',
      key: 'imap.reply.storeCompleted',
      conn: laptop,
    }).seq;
    const expunged = matchOne(timeline, { kind: 'reply', key: 'imap.data.EXPUNGE' }).seq;
    const { rerender } = render(
      <UserScreens timeline={timeline} cursor={stored} world={view} onSend={() => {}} />,
    );
    expect(within(device('laptop.ecole.example')).getByText('\\Deleted')).toBeTruthy();
    rerender(<UserScreens timeline={timeline} cursor={expunged} world={view} onSend={() => {}} />);
    expect(
      within(device('laptop.ecole.example')).getByText('Removed from the mailbox (EXPUNGE).'),
    ).toBeTruthy();
    // The phone has not checked again: it still shows the message it last saw.
    expect(within(device('phone.ecole.example')).queryByText(/Removed/)).toBeNull();
    expect(within(device('phone.ecole.example')).getByText('\\Flagged')).toBeTruthy();
  });
});

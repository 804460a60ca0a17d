// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { usePlayback } from '../../../src/state/playback';
import { usePlaybackKeys } from '../../../src/ui/components/PlaybackControls';
import { Tabs } from '../../../src/ui/components/Tabs';
import { initI18n } from '../../../src/ui/i18n';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

function Screen() {
  usePlaybackKeys();
  return (
    <Tabs
      label="More"
      tabs={[
        { id: 'message', title: 'Message', content: <p>the message</p> },
        { id: 'states', title: 'States', content: <p>the charts</p> },
        { id: 'logs', title: 'Logs', content: <p>the logs</p> },
      ]}
    />
  );
}

describe('the tabs below the first screen', () => {
  it('shows the first tab’s panel, labelled by its tab', () => {
    render(<Screen />);
    expect(screen.getByRole('tabpanel', { name: 'Message' }).textContent).toBe('the message');
    expect(screen.getByRole('tab', { name: 'Message' }).getAttribute('aria-selected')).toBe('true');
  });

  it('moves between tabs with ← → End Home, without stepping through the timeline', () => {
    usePlayback.getState().load(10, 4);
    render(<Screen />);
    const first = screen.getByRole('tab', { name: 'Message' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel').textContent).toBe('the charts');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'States' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tabpanel').textContent).toBe('the logs');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel').textContent).toBe('the message');
    expect(usePlayback.getState().cursor).toBe(4);
  });

  it('opens a tab by click, one tab stop for the whole list', () => {
    render(<Screen />);
    fireEvent.click(screen.getByRole('tab', { name: 'Logs' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('the logs');
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, -1, 0]);
  });
});

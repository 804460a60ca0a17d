// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyLanguage, initI18n, useT } from '../../src/ui/i18n';

beforeAll(() => {
  initI18n('en');
});
afterEach(() => {
  cleanup();
  applyLanguage('en');
});

function Counted({ count }: { count: number }) {
  const t = useT();
  return <p>{t('transcript.lines', { count })}</p>;
}

describe('useT, the views’ translation hook', () => {
  it('says what i18next says, for each set of values', () => {
    const { rerender } = render(<Counted count={3} />);
    expect(screen.getByRole('paragraph').textContent).toBe(
      i18next.t('transcript.lines', { count: 3 }),
    );
    rerender(<Counted count={1} />);
    expect(screen.getByRole('paragraph').textContent).toBe(
      i18next.t('transcript.lines', { count: 1 }),
    );
    // Said again, from memory: still the sentence for 3, not the last one said.
    rerender(<Counted count={3} />);
    expect(screen.getByRole('paragraph').textContent).toBe(
      i18next.t('transcript.lines', { count: 3 }),
    );
  });

  it('draws the view again in the new language when the language changes', () => {
    render(<Counted count={3} />);
    const english = screen.getByRole('paragraph').textContent;
    act(() => applyLanguage('fr'));
    const french = screen.getByRole('paragraph').textContent;
    expect(french).toBe(i18next.getFixedT('fr')('transcript.lines', { count: 3 }));
    expect(french).not.toBe(english);
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExplanationPanel } from '../../../src/ui/components/ExplanationPanel';
import { initI18n } from '../../../src/ui/i18n';
import { reply, timelineOf } from '../../state/selectors/steps';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

describe('the explanation panel', () => {
  it('says so when no catalogue explains a step', async () => {
    const [step] = timelineOf([
      { ...reply('c1', 'mx', 'msa', '250 2.0.0 Ok', '250'), explain: ['smtp.reply.unheardOf'] },
    ]);
    render(<ExplanationPanel step={step ?? null} language="en" hosts={[]} onClose={() => {}} />);
    expect(
      await screen.findByText('No explanation is written yet for smtp.reply.unheardOf.'),
    ).toBeTruthy();
  });
});

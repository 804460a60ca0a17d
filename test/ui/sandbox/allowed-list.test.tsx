// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/content/locales/en';
import { fr } from '../../../src/content/locales/fr';
import { smtpServerMachine } from '../../../src/protocols/smtp/server.machine';
import {
  allowedCommands,
  sessionMachine,
  type SessionProtocol,
} from '../../../src/state/sandbox-allowed';
import { AllowedList } from '../../../src/ui/sandbox/AllowedList';
import { applyLanguage, initI18n } from '../../../src/ui/i18n';

beforeAll(() => {
  initI18n('en');
});
afterEach(() => {
  cleanup();
  applyLanguage('en');
});

const PROTOCOLS: readonly SessionProtocol[] = ['smtp', 'lmtp', 'pop3', 'imap'];

/** Every guard name "What can I type now?" can show, over every state and every fact. */
function shownGuards(): Set<string> {
  const names = new Set<string>();
  for (const protocol of PROTOCOLS)
    for (const state of Object.keys(sessionMachine(protocol).root.states))
      for (const tls of [false, true])
        for (const tlsLevel of ['none', 'may', 'encrypt'] as const)
          for (const { unless } of allowedCommands(protocol, state, {
            tls,
            tlsLevel,
            awaitingContinuation: false,
          }).accepted)
            for (const guard of unless) names.add(guard);
  return names;
}

describe('"What can I type now?"', () => {
  it('has a sentence in both languages for every guard it can show and every SMTP server guard', () => {
    const guards = [...shownGuards(), ...Object.keys(smtpServerMachine.implementations.guards)];
    expect(guards.length).toBeGreaterThan(20);
    for (const messages of [en, fr]) {
      const sentences: Record<string, string> = messages.sandbox.allowed.guards;
      expect(guards.filter((guard) => sentences[guard] === undefined)).toEqual([]);
    }
  });

  it('names the state and the conditions of a refusal in the reader’s language', () => {
    const allowed = allowedCommands('smtp', 'inMail', {
      tls: false,
      tlsLevel: 'none',
      awaitingContinuation: false,
    });
    render(<AllowedList allowed={allowed} onPick={() => {}} />);
    expect(screen.getByText('State inMail (sender given): the server acts on')).toBeTruthy();
    expect(
      screen.getByText(
        /refused if the message already has as many recipients as the server accepts/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/hasTooManyRecipients/)).toBeNull();
    act(() => applyLanguage('fr'));
    expect(screen.getByText('État inMail (expéditeur donné) : le serveur accepte')).toBeTruthy();
    expect(
      screen.getByText(
        /refusé si le message a déjà autant de destinataires que le serveur en accepte/,
      ),
    ).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { smtpEn } from '../../src/content/explanations/smtp.en';
import { mailAuthEn } from '../../src/content/explanations/mail-auth.en';
import { smtpClientFr } from '../../src/content/explanations/smtp-client.fr';
import { worldFr } from '../../src/content/explanations/world.fr';
import { findExplanation } from '../../src/ui/explanations';

describe('explanations loaded per protocol and language', () => {
  it('finds the first of a step’s keys that a catalogue explains', async () => {
    await expect(
      findExplanation(['smtp.nothing.here', 'smtp.command.EHLO'], 'en'),
    ).resolves.toEqual({
      key: 'smtp.command.EHLO',
      explanation: smtpEn['smtp.command.EHLO'],
    });
  });

  it('reads a camelCase protocol from its kebab-case file', async () => {
    const key = Object.keys(smtpClientFr)[0]!;
    await expect(findExplanation([key], 'fr')).resolves.toEqual({
      key,
      explanation: smtpClientFr[key],
    });
  });

  it('reads what happens around the protocols (TCP, queues, logs) from the world catalogue', async () => {
    for (const key of ['tcp.connect', 'queue.active', 'smtp.data', 'log.qmgr'])
      await expect(findExplanation([key], 'fr')).resolves.toEqual({
        key,
        explanation: worldFr[key],
      });
  });

  it('reads SPF, DKIM and DMARC from the mail checks’ catalogue', async () => {
    const key = Object.keys(mailAuthEn).find((k) => k.startsWith('dkim.'))!;
    await expect(findExplanation([key], 'en')).resolves.toEqual({
      key,
      explanation: mailAuthEn[key],
    });
  });

  it('answers null when no catalogue explains any key', async () => {
    await expect(findExplanation(['tcp.nothing.here'], 'fr')).resolves.toBeNull();
  });
});

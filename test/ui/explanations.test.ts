import { describe, expect, it } from 'vitest';
import { smtpEn } from '../../src/content/explanations/smtp.en';
import { smtpClientFr } from '../../src/content/explanations/smtp-client.fr';
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

  it('answers null when no catalogue explains any key', async () => {
    await expect(findExplanation(['tcp.connect'], 'fr')).resolves.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { TYPED_REPLY, frenchTypographyFaults } from './lesson-texts';

describe('the French typography check used on every lesson', () => {
  it('accepts no-break spaces before : ; ! ? and inside « »', () => {
    expect(
      frenchTypographyFaults('Il répond\u00a0: «\u00a0Envoyé\u00a0»\u00a0! Vraiment\u00a0?'),
    ).toEqual([]);
  });

  it('accepts protocol text between backticks as it is', () => {
    expect(frenchTypographyFaults('La commande `MAIL FROM:<alice@lycee.example>` suit.')).toEqual(
      [],
    );
  });

  it('flags an ordinary space, a missing space, straight quotes and apostrophes', () => {
    expect(frenchTypographyFaults('Attention :')).toContain('ordinary space before : ; ! ? or »');
    expect(frenchTypographyFaults('Attention!')).toContain(
      'no space before : ; ! ? (outside `protocol text`)',
    );
    expect(frenchTypographyFaults('« Envoyé »')).toContain('ordinary space after «');
    expect(frenchTypographyFaults("l'adresse")).toContain('straight apostrophe (use ’)');
    expect(frenchTypographyFaults('"Envoyé"')).toContain('straight quotes (use « »)');
  });
});

describe('the typed-reply check used on every lesson', () => {
  it.each([
    '250 2.1.5 Ok',
    'le serveur écrit 235 Authentication successful',
    '354 End data',
    '+OK Logged in.',
    '550-5.1.1',
  ])('catches a reply typed by hand: %s', (text) => {
    expect(TYPED_REPLY.test(text)).toBe(true);
  });

  it.each([
    'the server answers 250.',
    'un code en 5xx',
    '235 : authentification réussie',
    'port 587 (STARTTLS)',
  ])('lets a lesson name a code: %s', (text) => {
    expect(TYPED_REPLY.test(text)).toBe(false);
  });
});

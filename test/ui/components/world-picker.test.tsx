// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WorldPicker } from '../../../src/ui/components/WorldPicker';
import { applyLanguage, initI18n } from '../../../src/ui/i18n';

beforeAll(() => {
  initI18n('en');
});
afterEach(() => {
  cleanup();
  applyLanguage('en');
});

const options = () =>
  screen.getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent]);

describe('the world picker', () => {
  it('offers the classroom world, its POP3, IMAP and two-device variants and the lesson worlds by name', () => {
    render(<WorldPicker world="classroom-imap" onChange={() => {}} />);
    expect(options()).toEqual([
      ['classroom', 'Alice writes to Bob (IMAP over TLS)'],
      ['classroom-pop3', 'Bob reads his mail with POP3'],
      ['classroom-imap', 'Bob reads his mail with IMAP and STARTTLS'],
      ['classroom-two-devices', 'Bob reads on his laptop and his phone'],
      ['lesson-envelope', 'Lesson: envelope and headers (Cc, Bcc)'],
      ['lesson-backup-mx', 'Lesson: the preferred MX is down, the backup takes the mail'],
      ['lesson-ports', 'Lesson: submission on 587 (STARTTLS) and 465 (TLS)'],
      ['lesson-auth', 'Lesson: AUTH PLAIN succeeds, AUTH LOGIN with a wrong password fails'],
      [
        'lesson-queue',
        'Lesson: greylisting (450, try later), an unknown user (550) and the bounce',
      ],
      ['lesson-pop3', 'Lesson: POP3, the phone drops the connection before QUIT'],
      ['lesson-imap', 'Lesson: IMAP on two devices, flags and EXPUNGE'],
      ['lesson-spoofing', 'Lesson: Eve spoofs Alice, SPF and DMARC refuse her'],
      ['lesson-raw-message', 'Lesson: a raw message with an attachment'],
      ['lesson-myths', 'Lesson: myths and facts about SMTP'],
    ]);
    expect(screen.getByLabelText('World')).toHaveProperty('value', 'classroom-imap');
  });

  it('names the worlds in French', () => {
    applyLanguage('fr');
    render(<WorldPicker world="classroom" onChange={() => {}} />);
    expect(screen.getByLabelText('Monde')).toBeDefined();
    expect(options()[1]).toEqual(['classroom-pop3', 'Bob relève son courrier en POP3']);
  });

  it('gives the id of the world chosen', () => {
    const onChange = vi.fn();
    render(<WorldPicker world="classroom" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('World'), { target: { value: 'classroom-pop3' } });
    expect(onChange).toHaveBeenCalledWith('classroom-pop3');
  });

  it('asks for a choice when the address names no known world', () => {
    render(<WorldPicker world="nowhere" onChange={() => {}} />);
    expect(screen.getByLabelText('World')).toHaveProperty('value', '');
    expect(options()[0]).toEqual(['', 'Choose a world']);
  });
});

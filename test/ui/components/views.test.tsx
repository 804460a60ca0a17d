// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { LazyMotion, domAnimation } from 'framer-motion';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { classroomPop3World } from '../../../src/content/worlds/classroom-variants';
import { classroomPop3Timeline as pop3Timeline, classroomTimeline as timeline } from '../shipped';
import { worldView } from '../../../src/state/world-view';
import type { Step } from '../../../src/world/timeline/step';
import { MessageInspector } from '../../../src/ui/components/MessageInspector';
import { NetworkMap } from '../../../src/ui/components/NetworkMap';
import { StateChart } from '../../../src/ui/components/StateChart';
import { Transcript } from '../../../src/ui/components/Transcript';
import { UserScreens } from '../../../src/ui/components/UserScreens';
import i18next from 'i18next';
import { initI18n } from '../../../src/ui/i18n';
import { connect, reply, timelineOf } from '../../state/selectors/steps';

const view = worldView(classroomWorld);
const find = (predicate: (step: Step) => boolean) => timeline.find(predicate)!.seq;

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

describe('the transcript view', () => {
  it('shows each reply class by an icon and a word, not by colour alone', () => {
    const refused = timelineOf([
      connect('c1', 'alice-laptop', 'smtp-lycee', 587),
      reply('c1', 'smtp-lycee', 'alice-laptop', '220 smtp.lycee.example ESMTP', '220'),
      reply('c1', 'smtp-lycee', 'alice-laptop', '354 End data with <CR><LF>.<CR><LF>', '354'),
      reply('c1', 'smtp-lycee', 'alice-laptop', '450 4.7.1 try later', '450'),
      reply('c1', 'smtp-lycee', 'alice-laptop', '554 5.7.1 Relay access denied', '554'),
    ]);
    render(
      <Transcript
        timeline={refused}
        cursor={4}
        hosts={view.hosts}
        eavesdropper={false}
        reducedMotion
        onSelect={() => {}}
      />,
    );
    const badges = [...document.querySelectorAll('.reply-badge')].map((b) => b.textContent);
    expect(badges).toEqual([
      '✓ success',
      '… continue',
      '↻ temporary failure',
      '✗ permanent failure',
    ]);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(
      'c1: laptop.lycee.example → smtp.lycee.example:587, SMTP',
    );
  });
});

describe('the transcript’s events, in the reader’s language', () => {
  const steps = timelineOf([
    connect('c1', 'smtp-lycee', 'mx-ecole', 25),
    {
      conn: 'c1',
      from: 'smtp-lycee',
      to: 'mx-ecole',
      protocol: 'smtp',
      kind: 'tls',
      text: 'TLS handshake: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384',
    },
    {
      conn: 'c1',
      from: 'mx-ecole',
      to: 'smtp-lycee',
      protocol: 'smtp',
      kind: 'close',
      closeReason: 'timeout',
      text: 'server closes the connection',
    },
    { kind: 'queue', from: 'smtp-lycee', to: 'smtp-lycee', text: '4fPWYr36lCz1btF: removed' },
  ]);
  const texts = () => [...document.querySelectorAll('.line-text')].map((node) => node.textContent);

  it('tells connect, TLS, close and queue steps in French, protocol words as written', async () => {
    await i18next.changeLanguage('fr');
    render(
      <Transcript
        timeline={steps}
        cursor={3}
        hosts={view.hosts}
        eavesdropper={false}
        reducedMotion
        onSelect={() => {}}
      />,
    );
    expect(texts()).toEqual([
      'smtp.lycee.example ouvre une connexion vers mx.ecole.example, port 25.',
      'Négociation TLS entre smtp.lycee.example et mx.ecole.example\u00a0: désormais la connexion est chiffrée. TLSv1.3 · TLS_AES_256_GCM_SHA384',
      'mx.ecole.example ferme la connexion\u00a0: il a attendu trop longtemps.',
      'File d’attente de smtp.lycee.example\u00a0: 4fPWYr36lCz1btF: removed',
    ]);
    expect(document.querySelector('.line-text code')?.getAttribute('lang')).toBe('en');
    await i18next.changeLanguage('en');
  });

  it('says why a connection closed in English too', () => {
    render(
      <Transcript
        timeline={steps}
        cursor={2}
        hosts={view.hosts}
        eavesdropper={false}
        reducedMotion
        onSelect={() => {}}
      />,
    );
    expect(texts()[2]).toBe('mx.ecole.example closes the connection: it waited too long.');
  });
});

describe("the users' screens", () => {
  it("shows Alice's message as sent with the server's words once it is queued", () => {
    const queued = find((s) => s.conn === 'c1' && s.reply?.key === 'smtp.reply.queued');
    render(<UserScreens timeline={timeline} cursor={queued} world={view} onSend={() => {}} />);
    expect(screen.getByText(/Sent\. The server answered:/).textContent).toContain(
      timeline[queued]!.text,
    );
    expect(screen.getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(true);
  });

  it("shows an error dialog with the server's words when the submission is refused", () => {
    const refused = timelineOf([
      connect('c1', 'alice-laptop', 'smtp-lycee', 587),
      reply(
        'c1',
        'smtp-lycee',
        'alice-laptop',
        '220 smtp.lycee.example ESMTP Postfix (Debian/GNU)',
        '220',
      ),
      {
        conn: 'c1',
        from: 'alice-laptop',
        to: 'smtp-lycee',
        protocol: 'smtp',
        kind: 'command',
        text: 'MAIL FROM:<alice@lycee.example>',
        command: { verb: 'MAIL', key: 'smtp.command.MAIL' },
      },
      reply(
        'c1',
        'smtp-lycee',
        'alice-laptop',
        '530 5.7.0 Must issue a STARTTLS command first',
        '530',
      ),
    ]);
    render(<UserScreens timeline={refused} cursor={3} world={view} onSend={() => {}} />);
    const dialog = screen.getByRole('group', { name: 'The message could not be sent' });
    expect(dialog.textContent).toContain('530 5.7.0 Must issue a STARTTLS command first');
  });

  it('says why there is nothing to show when no mail program sends in the world', () => {
    const noSender = { ...view, send: null };
    render(<UserScreens timeline={timeline} cursor={0} world={noSender} onSend={() => {}} />);
    expect(screen.getByText(/No mail program sends a message in this world/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
  });

  it("lists the message in Bob's inbox unread after SELECT, then read after FETCH", () => {
    const selected = find((s) => s.reply?.key === 'imap.reply.selectCompleted');
    const fetched = timeline.findLast((s) => s.reply?.key === 'imap.reply.fetchCompleted')!.seq;
    const { rerender } = render(
      <UserScreens timeline={timeline} cursor={selected} world={view} onSend={() => {}} />,
    );
    expect(screen.getByText('unread')).toBeTruthy();
    rerender(<UserScreens timeline={timeline} cursor={fetched} world={view} onSend={() => {}} />);
    expect(screen.getByText('read')).toBeTruthy();
  });
});

describe('the message inspector', () => {
  it('shows the envelope beside the headers and marks the fields the hop added (Received:, DKIM-Signature:)', () => {
    const second = find((s) => s.conn === 'c2' && s.kind === 'data');
    render(<MessageInspector timeline={timeline} cursor={second} />);
    expect(screen.getByText('Hop 2, step ' + second)).toBeTruthy();
    const envelope = screen.getByRole('region', { name: 'Envelope' });
    const sent = timeline.filter(
      (s) => s.conn === 'c2' && ['MAIL', 'RCPT'].includes(s.command?.verb ?? ''),
    );
    expect(sent.map((s) => s.command?.verb)).toEqual(['MAIL', 'RCPT']);
    expect(
      within(envelope)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(sent.map((s) => s.text));
    const added = document.querySelectorAll('.header-added');
    // Alice's submission server adds its Received: and signs the message (DKIM).
    expect([...added].map((el) => el.querySelector('dt span')?.textContent)).toEqual([
      'Received:',
      'DKIM-Signature:',
    ]);
    expect(screen.getByText(/decoded: Sortie au musée \/ Museum trip/)).toBeTruthy();
    expect(screen.getByText(/La sortie au musée est confirmée/)).toBeTruthy();
  });
});

describe('the state charts', () => {
  it('lights the state the SMTP server and client sessions are in at the cursor', () => {
    const rcpt = find((s) => s.conn === 'c1' && s.reply?.key === 'smtp.reply.rcptOk');
    render(<StateChart timeline={timeline} cursor={rcpt} />);
    expect(screen.getByText(/current state: recipients given/)).toBeTruthy();
    const lit = [...document.querySelectorAll('.chart-state-current .chart-state-id')];
    expect(lit.map((node) => node.textContent)).toEqual([
      '● inRcpt',
      `● ${timeline[rcpt]!.states['c1:client']}`,
    ]);
    expect(
      screen.getByRole('img', { name: 'State diagram of the SMTP client session' }),
    ).toBeTruthy();
  });

  it('draws the IMAP server session while Bob fetches, and names his client’s state', () => {
    const fetch = find((s) => s.conn === 'c4' && s.command?.verb === 'UID FETCH');
    render(<StateChart timeline={timeline} cursor={fetch} />);
    expect(screen.getByText('Connection c4 (IMAP)')).toBeTruthy();
    expect(document.querySelector('.chart-state-current .chart-state-id')?.textContent).toBe(
      '● selected',
    );
    expect(document.querySelector('.chart-client-state code')?.textContent).toBe(
      timeline[fetch]!.states['c4:client'],
    );
  });
});

describe('the network map', () => {
  it('puts a TLS lock on a link after the handshake, and the bubble shows ciphertext to an eavesdropper', () => {
    const mail = find((s) => s.conn === 'c1' && s.command?.verb === 'MAIL');
    render(
      <LazyMotion features={domAnimation} strict>
        <NetworkMap
          timeline={timeline}
          cursor={mail}
          hosts={view.hosts}
          sender="alice-laptop"
          eavesdropper
          reducedMotion={false}
        />
      </LazyMotion>,
    );
    expect(document.querySelectorAll('.map-lock')).toHaveLength(1);
    expect(document.querySelector('.map-caption')?.textContent).toMatch(/— 17 03 03/);
  });

  it('shows a refused connection on its link', () => {
    const refused = timelineOf([
      connect('c1', 'smtp-lycee', 'mx-ecole', 25),
      {
        conn: 'c1',
        from: 'smtp-lycee',
        to: 'mx-ecole',
        protocol: 'tcp',
        kind: 'close',
        closeReason: 'refused',
        text: 'connect to mx.ecole.example[198.51.100.25]:25: Connection refused',
      },
    ]);
    render(
      <LazyMotion features={domAnimation} strict>
        <NetworkMap
          timeline={refused}
          cursor={1}
          hosts={view.hosts}
          sender="alice-laptop"
          eavesdropper={false}
          reducedMotion={false}
        />
      </LazyMotion>,
    );
    expect(document.querySelector('.map-failure')?.textContent).toBe('✗ connection refused');
  });
});

describe('the views on a timeline computed by runWorld (classroom-pop3)', () => {
  const pop3 = worldView(classroomPop3World);
  const seq = (predicate: (step: Step) => boolean) => pop3Timeline.find(predicate)!.seq;

  it("shows Alice's message sent and Bob's message read after RETR", () => {
    const retr = seq((s) => s.reply?.key === 'pop3.reply.retr');
    render(<UserScreens timeline={pop3Timeline} cursor={retr} world={pop3} onSend={() => {}} />);
    expect(screen.getByText(/Sent\. The server answered:/)).toBeTruthy();
    expect(screen.getByText('read')).toBeTruthy();
  });

  it('lights the MX session’s state while RCPT is pipelined', () => {
    const rcpt = seq((s) => s.conn === 'c2' && s.command?.verb === 'RCPT');
    render(<StateChart timeline={pop3Timeline} cursor={rcpt} />);
    expect(document.querySelector('.chart-state-current .chart-state-id')?.textContent).toBe(
      `● ${pop3Timeline[rcpt]!.states['c2:server']}`,
    );
  });
});

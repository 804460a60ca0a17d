import { describe, expect, it } from 'vitest';
import {
  authenticationResults,
  countReceived,
  deliveredTo,
  dovecotLmtpReceived,
  postfixReceived,
  prependTraceFields,
  receivedProtocol,
  returnPath,
  type ReceivedProtocol,
} from '../../../src/protocols/message/trace';
import { parseMessage } from '../../../src/protocols/message/header';
import { ANNOTATED_MESSAGE } from './fixtures/annotated-message';

const CEST = { offsetMinutes: 120, name: 'CEST' };
// 10:15:03 in Paris on Monday 3 June 2024.
const T3 = Date.UTC(2024, 5, 3, 8, 15, 3);
const T1 = Date.UTC(2024, 5, 3, 8, 15, 1);

const HOP2 = {
  helo: 'smtp.a.example',
  clientName: 'smtp.a.example',
  clientAddress: '198.51.100.25',
  host: 'mx1.b.example',
  queueId: '4Wv9Yt0Hn4z1',
  recipients: ['bob@b.example'],
  time: T3,
  zone: CEST,
};

function hop2With(protocol: ReceivedProtocol): string {
  return [
    'Received: from smtp.a.example (smtp.a.example [198.51.100.25])',
    `\tby mx1.b.example (Postfix) with ${protocol} id 4Wv9Yt0Hn4z1`,
    '\tfor <bob@b.example>; Mon,  3 Jun 2024 10:15:03 +0200 (CEST)',
    '',
  ].join('\r\n');
}

describe('Received: as Postfix writes it (reference §4.4)', () => {
  it.each<ReceivedProtocol>(['SMTP', 'ESMTP', 'ESMTPS', 'ESMTPA', 'ESMTPSA', 'LMTP'])(
    'writes the %s form character for character',
    (protocol) => {
      expect(postfixReceived({ ...HOP2, protocol })).toBe(hop2With(protocol));
    },
  );

  it('writes hop 2 of the annotated message exactly as stored', () => {
    const stored = ANNOTATED_MESSAGE.split('Authentication-Results:')[0]?.split(
      'Delivered-To: bob@b.example\r\n',
    )[1];
    expect(postfixReceived({ ...HOP2, protocol: 'ESMTPS' })).toBe(stored);
  });

  it('writes hop 1 with the (Authenticated sender: …) line', () => {
    expect(
      postfixReceived({
        helo: '[192.168.1.20]',
        clientName: 'box.isp.example',
        clientAddress: '203.0.113.7',
        host: 'smtp.a.example',
        protocol: 'ESMTPSA',
        queueId: '4Wv9Ys6kQZz9',
        recipients: ['bob@b.example'],
        time: T1,
        zone: CEST,
        authenticatedSender: 'alice@a.example',
      }),
    ).toBe(
      [
        'Received: from [192.168.1.20] (box.isp.example [203.0.113.7])',
        '\t(Authenticated sender: alice@a.example)',
        '\tby smtp.a.example (Postfix) with ESMTPSA id 4Wv9Ys6kQZz9',
        '\tfor <bob@b.example>; Mon,  3 Jun 2024 10:15:01 +0200 (CEST)',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the TLS lines only when asked (smtpd_tls_received_header = yes)', () => {
    expect(
      postfixReceived({
        ...HOP2,
        protocol: 'ESMTPS',
        tls: {
          protocol: 'TLSv1.3',
          cipher: 'TLS_AES_256_GCM_SHA384',
          useBits: 256,
          algBits: 256,
          keyExchange: 'X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256',
        },
      }),
    ).toBe(
      [
        'Received: from smtp.a.example (smtp.a.example [198.51.100.25])',
        '\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)',
        '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)',
        '\t(No client certificate requested)',
        '\tby mx1.b.example (Postfix) with ESMTPS id 4Wv9Yt0Hn4z1',
        '\tfor <bob@b.example>; Mon,  3 Jun 2024 10:15:03 +0200 (CEST)',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out the for clause with several recipients, so Bcc stays hidden', () => {
    expect(
      postfixReceived({
        ...HOP2,
        protocol: 'ESMTP',
        recipients: ['bob@b.example', 'eve@b.example'],
      }),
    ).toBe(
      [
        'Received: from smtp.a.example (smtp.a.example [198.51.100.25])',
        '\tby mx1.b.example (Postfix) with ESMTP id 4Wv9Yt0Hn4z1;',
        '\tMon,  3 Jun 2024 10:15:03 +0200 (CEST)',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the client name when there was no HELO, "unknown" without reverse DNS, IPv6 as a literal', () => {
    expect(
      postfixReceived({
        ...HOP2,
        helo: undefined,
        clientName: 'unknown',
        clientAddress: '2001:db8::7',
        protocol: 'SMTP',
      }).split('\r\n')[0],
    ).toBe('Received: from unknown (unknown [IPv6:2001:db8::7])');
  });

  it('derives the with word from the session (RFC 3848)', () => {
    expect(receivedProtocol({ ehlo: false, tls: false, authenticated: false })).toBe('SMTP');
    expect(receivedProtocol({ ehlo: true, tls: false, authenticated: false })).toBe('ESMTP');
    expect(receivedProtocol({ ehlo: true, tls: true, authenticated: false })).toBe('ESMTPS');
    expect(receivedProtocol({ ehlo: true, tls: false, authenticated: true })).toBe('ESMTPA');
    expect(receivedProtocol({ ehlo: true, tls: true, authenticated: true })).toBe('ESMTPSA');
  });
});

describe('Received: as Dovecot 2.3 LMTP writes it', () => {
  const input = {
    lhlo: 'mx1.b.example',
    clientAddress: '203.0.113.10',
    host: 'imap.b.example',
    transactionId: 'kL3pQ2rS9tUvWxYz01AbCd',
    envelopeFrom: 'alice@a.example',
    recipients: ['bob@b.example'],
    time: Date.UTC(2024, 5, 3, 8, 15, 4),
    offsetMinutes: 120,
  };

  it('writes id and envelope-from on their own lines and a two-digit day', () => {
    expect(dovecotLmtpReceived(input)).toBe(
      [
        'Received: from mx1.b.example ([203.0.113.10])',
        '\tby imap.b.example with LMTP',
        '\tid kL3pQ2rS9tUvWxYz01AbCd',
        '\t(envelope-from <alice@a.example>)',
        '\tfor <bob@b.example>; Mon, 03 Jun 2024 10:15:04 +0200',
        '',
      ].join('\r\n'),
    );
  });

  it('puts the date after envelope-from when there are several recipients, <> for a bounce', () => {
    const lines = dovecotLmtpReceived({
      ...input,
      envelopeFrom: '',
      recipients: ['a@b.example', 'c@b.example'],
    }).split('\r\n');
    expect(lines.slice(-2)).toEqual(['\t(envelope-from <>); Mon, 03 Jun 2024 10:15:04 +0200', '']);
  });
});

describe('final delivery fields', () => {
  it('writes Return-Path with the reverse path, <> for a bounce', () => {
    expect(returnPath('alice@a.example')).toBe('Return-Path: <alice@a.example>\r\n');
    expect(returnPath('')).toBe('Return-Path: <>\r\n');
  });

  it('writes Delivered-To', () => {
    expect(deliveredTo('bob@b.example')).toBe('Delivered-To: bob@b.example\r\n');
  });

  it('prepends trace fields on top, in order, and the count of Received grows', () => {
    const raw = 'From: a@a.example\r\n\r\nx\r\n';
    const delivered = prependTraceFields(raw, [
      returnPath('a@a.example'),
      deliveredTo('bob@b.example'),
      postfixReceived({ ...HOP2, protocol: 'ESMTP' }),
    ]);
    const fields = parseMessage(delivered).fields;
    expect(fields.map((field) => field.name)).toEqual([
      'Return-Path',
      'Delivered-To',
      'Received',
      'From',
    ]);
    expect(delivered.endsWith(raw)).toBe(true);
    expect(countReceived(fields)).toBe(1);
    expect(countReceived(parseMessage(ANNOTATED_MESSAGE).fields)).toBe(2);
  });
});

describe('Authentication-Results: (RFC 8601)', () => {
  it('writes the line of the annotated message, folded as stored', () => {
    expect(
      authenticationResults('mx1.b.example', [
        { method: 'spf', result: 'pass', properties: [['smtp.mailfrom', 'a.example']] },
        { method: 'dkim', result: 'pass', properties: [['header.d', 'a.example']] },
        { method: 'dmarc', result: 'pass', properties: [['header.from', 'a.example']] },
      ]),
    ).toBe(
      'Authentication-Results: mx1.b.example; spf=pass smtp.mailfrom=a.example;\r\n' +
        '\tdkim=pass header.d=a.example; dmarc=pass header.from=a.example\r\n',
    );
  });

  it('writes a reason in quotes and "none" when nothing was checked', () => {
    expect(
      authenticationResults('mx1.b.example', [
        {
          method: 'dkim',
          result: 'fail',
          reason: 'body hash did not verify',
          properties: [['header.d', 'a.example']],
        },
      ]),
    ).toBe(
      'Authentication-Results: mx1.b.example;\r\n' +
        '\tdkim=fail reason="body hash did not verify" header.d=a.example\r\n',
    );
    expect(authenticationResults('mx1.b.example', [])).toBe(
      'Authentication-Results: mx1.b.example; none\r\n',
    );
  });
});

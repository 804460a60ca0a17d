import { describe, expect, it } from 'vitest';
import { parseDeliveryStatus } from '../../../src/protocols/message/delivery-status';

// The delivery-status part of the Postfix bounce in protocol-reference.md §4.3.
const REPORT = [
  'Reporting-MTA: dns; smtp.a.example',
  'X-Postfix-Queue-ID: 4Xq2Lk1Z3nz9',
  'X-Postfix-Sender: rfc822; alice@a.example',
  'Arrival-Date: Mon,  3 Jun 2024 10:15:02 +0200 (CEST)',
  '',
  'Final-Recipient: rfc822; bob@b.example',
  'Original-Recipient: rfc822;bob@b.example',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx1.b.example',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@b.example>: Recipient address rejected:',
  '    User unknown in local recipient table',
  '',
].join('\r\n');

describe('message/delivery-status (RFC 3464 §2.1)', () => {
  it('splits per-message and per-recipient fields', () => {
    const status = parseDeliveryStatus(REPORT);
    expect(status.perMessage.map((field) => field.name)).toEqual([
      'Reporting-MTA',
      'X-Postfix-Queue-ID',
      'X-Postfix-Sender',
      'Arrival-Date',
    ]);
    expect(status.recipients).toHaveLength(1);
    expect(status.recipients[0]).toMatchObject({
      finalRecipient: 'bob@b.example',
      action: 'failed',
      status: '5.1.1',
      diagnosticCode:
        'smtp; 550 5.1.1 <bob@b.example>: Recipient address rejected:    User unknown in local recipient table',
    });
  });

  it('reads one block per recipient', () => {
    const status = parseDeliveryStatus(
      'Reporting-MTA: dns; x\r\n\r\nFinal-Recipient: rfc822; a@b\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n\r\nFinal-Recipient: rfc822; c@d\r\nAction: delayed\r\nStatus: 4.4.1\r\n',
    );
    expect(
      status.recipients.map((recipient) => [
        recipient.finalRecipient,
        recipient.action,
        recipient.status,
      ]),
    ).toEqual([
      ['a@b', 'failed', '5.1.1'],
      ['c@d', 'delayed', '4.4.1'],
    ]);
  });
});

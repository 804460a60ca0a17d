import { seedStore } from '../../protocols/mailbox/seed';
import type { MailStore } from '../../protocols/mailbox/store';
import { dovecotTransactionId } from '../../protocols/message/queue-id';
import {
  deliveredTo,
  dovecotLmtpReceived,
  prependTraceFields,
  returnPath,
} from '../../protocols/message/trace';
import { reply } from '../../protocols/smtp/replies';
import type { DeliveryVerdict, TransactionRecord } from '../../protocols/smtp/server-config';
import type { HostConfig } from '../config/schema';
import type { WorldRun } from '../run/world-run';

/** Called after a message lands in a mailbox: clients of that user may fetch it now. */
export type DeliveryListener = (user: string, host: HostConfig) => void;

/**
 * The mail stores of the world, one per host that keeps mailboxes, seeded from the users
 * whose `home` it is. LMTP (and a provider's local delivery) write here; POP3 and IMAP read.
 */
export class Mailstores {
  private readonly stores = new Map<string, MailStore>();
  private readonly listeners: DeliveryListener[] = [];

  constructor(private readonly run: WorldRun) {
    for (const host of run.world.hosts) {
      if (host.mailstore === undefined) continue;
      const users = run.world.users.filter((u) => u.home === host.id);
      this.stores.set(
        host.id,
        seedStore({
          // UIDVALIDITY is a time in seconds in Dovecot: the world's start, one per folder after it.
          uidValidityBase: Math.floor(run.startMs / 1000) - 1,
          accounts: users.map((user) => ({
            user: user.address.toLowerCase(),
            password: user.password,
            quota: {
              ...(user.quota.storage === null ? {} : { storage: user.quota.storage }),
              ...(user.quota.messages === null ? {} : { messages: user.quota.messages }),
            },
            ...(user.folders.length === 0
              ? {}
              : {
                  folders: user.folders.map((folder) => ({
                    name: folder.name,
                    messages: folder.messages.map((message) => ({
                      raw: message.raw,
                      flags: message.flags,
                      internalDate: run.startMs - message.age * 1000,
                    })),
                  })),
                }),
          })),
        }),
      );
    }
  }

  store(hostId: string): MailStore | undefined {
    return this.stores.get(hostId);
  }

  onDelivery(listener: DeliveryListener): void {
    this.listeners.push(listener);
  }

  /**
   * Dovecot's delivery of one recipient: `Return-Path:`, `Delivered-To:` and its LMTP
   * `Received:` on top (RFC 5321 §4.4), then the quota check (B03).
   */
  deliver(
    host: HostConfig,
    record: TransactionRecord,
    recipient: string,
    lmtp: boolean,
  ): DeliveryVerdict {
    const store = this.stores.get(host.id);
    const user = recipient.toLowerCase();
    if (store === undefined || !store.hasUser(user)) {
      return { reply: reply('lmtpUserDoesntExist', { address: recipient }) };
    }
    const sessionId = dovecotTransactionId(this.run.seed('lmtp'));
    const peer = this.run.hostByIp(record.peerIp);
    const fields = [
      returnPath(record.mailFrom),
      deliveredTo(user),
      ...(lmtp
        ? [
            dovecotLmtpReceived({
              ...(record.helo === null ? {} : { lhlo: record.helo }),
              ...(peer === undefined ? {} : { clientAddress: peer.ip }),
              host: host.name,
              transactionId: sessionId,
              envelopeFrom: record.mailFrom,
              recipients: [user],
              time: this.run.epoch,
              offsetMinutes: this.run.zone.offsetMinutes,
            }),
          ]
        : []),
    ];
    const raw = prependTraceFields(record.content, fields);
    const result = store.deliver(user, raw, this.run.epoch);
    if (!result.ok) {
      return {
        reply:
          result.error === 'overQuota'
            ? reply('lmtpQuotaExceeded', { address: recipient })
            : reply('lmtpUserDoesntExist', { address: recipient }),
      };
    }
    // Dovecot's log line for a delivery: `lmtp(bob@…): msgid=<…>: saved mail to INBOX`.
    const messageId = /^Message-ID:\s*(.*)$/im.exec(record.content)?.[1]?.trim() ?? '';
    // Written once the DATA that carried it is on the timeline (same instant, next event).
    this.run.scheduler.after(0, () =>
      this.run.recorder.record({
        conn: null,
        from: host.id,
        to: host.id,
        protocol: lmtp ? 'lmtp' : null,
        kind: 'deliver',
        text: `${lmtp ? 'lmtp' : 'local'}(${user}): msgid=${messageId}: saved mail to INBOX (UID ${result.value.uid})`,
        explain: ['mailbox.delivered'],
      }),
    );
    for (const listener of this.listeners) listener(user, host);
    return { sessionId };
  }
}

import { evaluateDmarc, type DmarcOutcome } from '../../protocols/dmarc/dmarc';
import { dkimVerify, type DkimOutcome } from '../../protocols/dkim/verify';
import { mailboxesOf, parseAddressList } from '../../protocols/message/address';
import { getField, parseMessage } from '../../protocols/message/header';
import { authenticationResults, type AuthenticationResult } from '../../protocols/message/trace';
import { reply, type Reply } from '../../protocols/smtp/replies';
import type { TransactionRecord } from '../../protocols/smtp/server-config';
import { checkHost, type SpfOutcome } from '../../protocols/spf/check-host';
import type { Resolver } from '../actors/resolver';
import type { HostConfig, SmtpPolicyConfig } from '../config/schema';
import type { Greylist } from './greylist';

export interface MxCheckServices {
  resolver: Resolver;
  /** This MX's greylisting memory, or undefined when greylisting is off. */
  greylist: Greylist | undefined;
  now(): number;
}

/** The domain of the first `From:` mailbox of a message, lower case. */
export function fromDomain(content: string): string | undefined {
  const from = getField(parseMessage(content).fields, 'From');
  if (from === undefined) return undefined;
  const [first] = mailboxesOf(parseAddressList(from.value));
  return first?.address.split('@').at(-1)?.toLowerCase();
}

/**
 * The checks one MX session makes on top of Postfix's own (B10–B13): the SPF policy service
 * and greylisting at RCPT, DKIM and DMARC milters at the end of data, and the
 * `Authentication-Results:` field (RFC 8601) they leave on the accepted message.
 */
export class MxChecks {
  private spf: { key: string; outcome: SpfOutcome } | undefined;
  private verdicts: AuthenticationResult[] | undefined;

  constructor(
    private readonly services: MxCheckServices,
    private readonly host: HostConfig,
    private readonly policy: SmtpPolicyConfig,
    private readonly clientIp: string,
  ) {}

  private get checking(): boolean {
    return this.policy.spf !== 'off' || this.policy.dmarc !== 'off';
  }

  /** SPF once per envelope sender and HELO name, its DNS questions on the timeline. */
  private spfFor(sender: string, helo: string | null): SpfOutcome {
    const key = `${sender}/${helo ?? ''}`;
    if (this.spf?.key === key) return this.spf.outcome;
    const { resolver } = this.services;
    const outcome = checkHost({ ip: this.clientIp, sender, helo: helo ?? '' }, (name, type) =>
      resolver.ask(name, type),
    );
    resolver.recordNow(this.host, outcome.queries, outcome.key);
    this.spf = { key, outcome };
    return outcome;
  }

  /** Postfix `check_policy_service`: pypolicyd-spf, then postgrey (smtpd_recipient_restrictions). */
  readonly recipientHook = (facts: {
    sender: string;
    recipient: string;
    helo: string | null;
  }): Reply | null => {
    if (this.policy.spf === 'reject-fail') {
      const spf = this.spfFor(facts.sender, facts.helo);
      if (spf.result === 'fail') {
        const identity =
          facts.sender === '' ? `s=helo;id=${facts.helo ?? ''}` : `s=mfrom;id=${facts.sender}`;
        return reply('spfFail', {
          address: facts.recipient,
          // pypolicyd-spf's text; its help site is renamed to a documentation name (RFC 2606).
          reason: `Please see http://spf-help.example/Why?${identity};ip=${this.clientIp};r=<UNKNOWN>`,
        });
      }
    }
    const greylist = this.services.greylist;
    if (greylist?.defers(this.clientIp, facts.sender, facts.recipient, this.services.now())) {
      return reply('greylisted', {
        address: facts.recipient,
        domain: facts.recipient.split('@').at(-1) ?? '',
      });
    }
    return null;
  };

  /** The DKIM and DMARC milters at the end of data (OpenDKIM, OpenDMARC). */
  readonly contentHook = (record: TransactionRecord): Reply | null => {
    this.verdicts = undefined;
    if (!this.checking) return null;
    const { resolver } = this.services;
    const spf = this.spfFor(record.mailFrom, record.helo);
    const dkim = dkimVerify(record.content, (name) => resolver.ask(name, 'TXT'));
    resolver.recordNow(this.host, dkim.queries, dkim.key);
    const domain = fromDomain(record.content);
    const dmarc =
      domain === undefined
        ? undefined
        : evaluateDmarc(
            {
              fromDomain: domain,
              spf: { result: spf.result, domain: spf.domain },
              dkim: {
                result: dkim.result,
                ...(dkim.domain === undefined ? {} : { domain: dkim.domain }),
              },
            },
            (name) => resolver.ask(name, 'TXT'),
          );
    if (dmarc !== undefined) resolver.recordNow(this.host, dmarc.queries, dmarc.key);
    this.verdicts = verdicts(spf, dkim, dmarc);
    if (this.policy.dmarc === 'enforce' && dmarc?.disposition === 'reject') {
      return reply('dmarcReject', { domain: dmarc.fromDomain });
    }
    return null;
  };

  /** The `Authentication-Results:` field for the message just accepted, or "" without checks. */
  traceFields(): string {
    return this.verdicts === undefined ? '' : authenticationResults(this.host.name, this.verdicts);
  }
}

function verdicts(
  spf: SpfOutcome,
  dkim: DkimOutcome,
  dmarc: DmarcOutcome | undefined,
): AuthenticationResult[] {
  const list: AuthenticationResult[] = [
    { method: 'spf', result: spf.result, properties: [['smtp.mailfrom', spf.domain]] },
    {
      method: 'dkim',
      result: dkim.result,
      ...(dkim.reason === undefined ? {} : { reason: dkim.reason }),
      properties:
        dkim.domain === undefined
          ? []
          : [
              ['header.d', dkim.domain],
              ['header.s', dkim.selector ?? ''],
            ],
    },
  ];
  if (dmarc !== undefined) {
    list.push({
      method: 'dmarc',
      // OpenDMARC writes the policy and the disposition as a comment after the result.
      result:
        dmarc.policy === undefined
          ? dmarc.result
          : `${dmarc.result} (p=${dmarc.policy} dis=${dmarc.disposition})`,
      properties: [['header.from', dmarc.fromDomain]],
    });
  }
  return list;
}

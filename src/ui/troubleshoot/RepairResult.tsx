import type { TFunction } from 'i18next';
import { useT } from '../i18n';
import type { GoalCondition, Invariant } from '../../content/scenarios/types';
import type { BrokenInvariant, RepairOutcome } from '../../state/scenario-run';
import type { HostView } from '../../state/world-view';
import type { StepQuery } from '../../world/timeline/query';
import { hostName } from '../host-names';

type T = TFunction;

/** A goal's step for people: who answers whom, and with what. */
function stepText(query: StepQuery, hosts: readonly HostView[]): string {
  const route = [query.from, query.to]
    .map((id) => (id === undefined ? '…' : hostName(hosts, id)))
    .join(' → ');
  const what = [query.verb, query.code, query.enhanced, query.key, query.text]
    .filter((part) => part !== undefined)
    .map(String)
    .join(' ');
  return `${route} ${what}`.trim();
}

export function goalText(t: T, condition: GoalCondition, hosts: readonly HostView[]): string {
  switch (condition.check) {
    case 'delivered':
      return t('troubleshoot.goal.delivered', {
        address: condition.address,
        folder: condition.folder ?? 'INBOX',
      });
    case 'empty':
      return t('troubleshoot.goal.empty', {
        address: condition.address,
        folder: condition.folder ?? 'INBOX',
      });
    case 'noFlag':
      return t('troubleshoot.goal.noFlag', {
        address: condition.address,
        folder: condition.folder ?? 'INBOX',
        flag: condition.flag,
      });
    case 'step':
      return t(
        condition.present ? 'troubleshoot.goal.stepMissing' : 'troubleshoot.goal.stepPresent',
        {
          step: stepText(condition.query, hosts),
        },
      );
  }
}

/** `mx-ecole:25` → `mx.ecole.example:25`. */
function listenerName(listener: string, hosts: readonly HostView[]): string {
  const [host = listener, port = ''] = listener.split(':');
  return `${hostName(hosts, host)}:${port}`;
}

/** Why a repair is refused, in the reader's language. */
export function invariantText(t: T, broken: BrokenInvariant, hosts: readonly HostView[]): string {
  const invariant: Invariant = broken.invariant;
  const accepted = broken.probes.find((probe) => probe.accepted);
  const listener = accepted === undefined ? '' : listenerName(accepted.listener, hosts);
  if (invariant === 'noOpenRelay') return t('troubleshoot.invariant.noOpenRelay', { listener });
  if (invariant === 'submissionRequiresAuth')
    return t('troubleshoot.invariant.submissionRequiresAuth', { listener });
  const host = hostName(hosts, invariant.host);
  if ('spfDmarcOn' in invariant)
    return t('troubleshoot.invariant.spfDmarcOn', { host, domain: invariant.spfDmarcOn });
  return t(`troubleshoot.invariant.${invariant.mxRefuses}`, { host });
}

/** What a re-run gave: refused (an invariant broken), not solved (the goal missed), or solved. */
export function RepairResult({
  outcome,
  score,
  hosts,
}: {
  outcome: RepairOutcome;
  score: number;
  hosts: readonly HostView[];
}) {
  const t = useT();
  if (outcome.brokenInvariants.length > 0) {
    return (
      <div className="repair-result result-refused" role="alert">
        <p className="feedback-verdict">{t('troubleshoot.refused')}</p>
        <ul>
          {outcome.brokenInvariants.map((broken, index) => {
            const accepted = broken.probes.find((probe) => probe.accepted);
            return (
              <li key={index}>
                <p>{invariantText(t, broken, hosts)}</p>
                {accepted !== undefined && (
                  <>
                    <p>{t('troubleshoot.probeReplies')}</p>
                    <pre className="tool-output" tabIndex={0} lang="en">
                      {
                        // The greeting and EHLO lists are the same as ever: the last answers,
                        // to MAIL FROM and RCPT TO (or DATA), are the ones that let it through.
                        accepted.replies
                          .slice(-2)
                          .map((reply) => reply.trimEnd())
                          .join('\n')
                      }
                    </pre>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
  if (!outcome.solved) {
    return (
      <div className="repair-result result-unsolved" role="alert">
        <p className="feedback-verdict">{t('troubleshoot.notSolved')}</p>
        <ul>
          {outcome.run.unmet.map((condition, index) => (
            <li key={index}>{goalText(t, condition, hosts)}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="repair-result result-solved" role="status">
      <p className="feedback-verdict">{t('troubleshoot.solved', { score })}</p>
    </div>
  );
}

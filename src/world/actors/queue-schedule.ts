/** Postfix's queue timing (`minimal_backoff_time`, `maximal_backoff_time`, `maximal_queue_lifetime`). */
export interface QueueTiming {
  minimalBackoff: number;
  maximalBackoff: number;
  lifetime: number;
  delayWarning: number | null;
}

/**
 * Seconds until the next try after the n-th deferral (n ≥ 1): the minimal backoff, doubled at
 * each deferral, never more than the maximal backoff (Postfix: 300, 600, 1200, 2400, 4000 …).
 * RFC 5321 §4.5.4.1 asks for retries spaced out over 4–5 days.
 */
export function retryDelaySeconds(deferrals: number, timing: QueueTiming): number {
  const doubled = timing.minimalBackoff * 2 ** Math.max(0, deferrals - 1);
  return Math.min(timing.maximalBackoff, doubled);
}

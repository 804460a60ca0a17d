/**
 * postgrey's memory on one MX: when each (client IP, sender, recipient) triplet was first seen.
 * A triplet is let through once it is older than the delay (RFC 6647 §2.1 describes the idea).
 */
export class Greylist {
  private readonly firstSeen = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** True when the triplet must wait (first sight, or retried too early). */
  defers(ip: string, sender: string, recipient: string, now: number): boolean {
    const triplet = `${ip}/${sender.toLowerCase()}/${recipient.toLowerCase()}`;
    const first = this.firstSeen.get(triplet);
    if (first === undefined) {
      this.firstSeen.set(triplet, now);
      return true;
    }
    return now - first < this.delayMs;
  }
}

/** An IPv4 address as a 32-bit unsigned number, or null when it is not one. */
export function ipv4ToNumber(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** True when `ip` is inside `network` ("192.0.2.0/24"), as Postfix's mynetworks matches. */
export function inNetwork(ip: string, network: string): boolean {
  const [base, bitsText] = network.split('/');
  const address = ipv4ToNumber(ip);
  const start = ipv4ToNumber(base ?? '');
  const bits = Number(bitsText);
  if (address === null || start === null || !Number.isInteger(bits) || bits < 0 || bits > 32) {
    return false;
  }
  const size = 2 ** (32 - bits);
  return Math.floor(address / size) === Math.floor(start / size);
}

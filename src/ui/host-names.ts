import type { HostView } from '../state/world-view';

/** A host's name for people (`smtp.lycee.example`), or its id when the world does not list it. */
export function hostName(hosts: readonly HostView[], id: string): string {
  return hosts.find((host) => host.id === id)?.name ?? id;
}

/**
 * What a teacher can link to lives in the query string (`?world=classroom&step=12`), never in
 * path routes, so the build works from any sub-path of any static host.
 */
export interface UrlState {
  world: string | null;
  step: number | null;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const world = params.get('world');
  const stepText = params.get('step');
  const step = stepText !== null && /^\d{1,6}$/.test(stepText) ? Number(stepText) : null;
  // The world id is returned as written: the screen says so when no such world exists.
  return { world: world === null || world === '' ? null : world.slice(0, 64), step };
}

/** The query string for a state, keeping any other parameter already there. */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  if (state.world === null) params.delete('world');
  else params.set('world', state.world);
  if (state.step === null) params.delete('step');
  else params.set('step', String(state.step));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

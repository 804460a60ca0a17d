/**
 * Which page is shown, read from the query string like the rest of the screen's state
 * (DESIGN.md, ui/): `?lesson=<id>` a lesson, `?page=lessons` the list, `?page=glossary` the
 * glossary, `?page=sandbox` the sandbox, `?page=scenarios` the broken scenarios, `?scenario=<id>`
 * one of them, `?page=break` the editor on the classroom world, anything else the simulator.
 */
export type Route =
  | { page: 'simulator' }
  | { page: 'lessons' }
  | { page: 'glossary' }
  | { page: 'sandbox' }
  | { page: 'lesson'; lesson: string; classMode: boolean }
  | TroubleshootRoute;

/** The troubleshooting pages, loaded together in their own chunk. */
export type TroubleshootRoute =
  { page: 'scenarios' } | { page: 'scenario'; scenario: string } | { page: 'break' };

export function isTroubleshootRoute(route: Route): route is TroubleshootRoute {
  return route.page === 'scenarios' || route.page === 'scenario' || route.page === 'break';
}

export function readRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const lesson = params.get('lesson');
  if (lesson !== null && lesson !== '')
    return { page: 'lesson', lesson: lesson.slice(0, 64), classMode: params.get('class') === '1' };
  const scenario = params.get('scenario');
  if (scenario !== null && scenario !== '')
    return { page: 'scenario', scenario: scenario.slice(0, 64) };
  const page = params.get('page');
  if (
    page === 'lessons' ||
    page === 'glossary' ||
    page === 'sandbox' ||
    page === 'scenarios' ||
    page === 'break'
  )
    return { page };
  return { page: 'simulator' };
}

/** The query string that opens a route (a fresh one: a lesson starts at its first step). */
export function routeSearch(route: Route): string {
  switch (route.page) {
    case 'simulator':
      return '?';
    case 'lessons':
    case 'glossary':
    case 'sandbox':
    case 'scenarios':
    case 'break':
      return `?page=${route.page}`;
    case 'scenario':
      return `?scenario=${encodeURIComponent(route.scenario)}`;
    case 'lesson':
      return `?lesson=${encodeURIComponent(route.lesson)}${route.classMode ? '&class=1' : ''}`;
  }
}

/** The current query string with class mode switched on or off, the rest kept. */
export function withClassMode(search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  if (on) params.set('class', '1');
  else params.delete('class');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

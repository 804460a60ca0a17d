import { describe, expect, it } from 'vitest';
import { isTroubleshootRoute, readRoute, routeSearch } from '../../src/state/lesson-route';

describe('the troubleshooting pages in the query string', () => {
  it('opens the scenario list, one scenario, and the break-it-yourself page', () => {
    expect(readRoute('?page=scenarios')).toEqual({ page: 'scenarios' });
    expect(readRoute('?scenario=mx-down')).toEqual({ page: 'scenario', scenario: 'mx-down' });
    expect(readRoute('?page=break')).toEqual({ page: 'break' });
  });

  it('keeps an unknown scenario id for the page to name, cut to 64 characters', () => {
    expect(readRoute('?scenario=no-such-thing')).toEqual({
      page: 'scenario',
      scenario: 'no-such-thing',
    });
    expect(readRoute(`?scenario=${'x'.repeat(200)}`)).toEqual({
      page: 'scenario',
      scenario: 'x'.repeat(64),
    });
  });

  it('opens the simulator for an empty scenario id', () => {
    expect(readRoute('?scenario=')).toEqual({ page: 'simulator' });
  });

  it('writes the address that reads back as the same page, escaping an odd id', () => {
    for (const route of [
      { page: 'scenarios' },
      { page: 'break' },
      { page: 'scenario', scenario: 'spf-fail' },
      { page: 'scenario', scenario: 'a&b=c' },
    ] as const)
      expect(readRoute(routeSearch(route))).toEqual(route);
  });

  it('tells the troubleshooting pages from the others', () => {
    expect(isTroubleshootRoute({ page: 'scenario', scenario: 'mx-down' })).toBe(true);
    expect(isTroubleshootRoute({ page: 'break' })).toBe(true);
    expect(isTroubleshootRoute({ page: 'lessons' })).toBe(false);
    expect(isTroubleshootRoute({ page: 'simulator' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readRoute, routeSearch, withClassMode } from '../../src/state/lesson-route';

describe('the page in the query string', () => {
  it('opens a lesson, in class mode when asked', () => {
    expect(readRoute('?lesson=journey&step=4')).toEqual({
      page: 'lesson',
      lesson: 'journey',
      classMode: false,
    });
    expect(readRoute('?lesson=auth&class=1')).toEqual({
      page: 'lesson',
      lesson: 'auth',
      classMode: true,
    });
  });

  it('opens the list and the glossary, and the simulator for anything else', () => {
    expect(readRoute('?page=lessons')).toEqual({ page: 'lessons' });
    expect(readRoute('?page=glossary')).toEqual({ page: 'glossary' });
    expect(readRoute('?page=admin')).toEqual({ page: 'simulator' });
    expect(readRoute('?world=classroom&step=3')).toEqual({ page: 'simulator' });
    expect(readRoute('?lesson=')).toEqual({ page: 'simulator' });
  });

  it('writes the address that reads back as the same page', () => {
    for (const route of [
      { page: 'lessons' },
      { page: 'glossary' },
      { page: 'lesson', lesson: 'dns-mx', classMode: true },
      { page: 'lesson', lesson: 'dns-mx', classMode: false },
    ] as const)
      expect(readRoute(routeSearch(route))).toEqual(route);
  });

  it('switches class mode in the address, keeping the step', () => {
    expect(withClassMode('?lesson=journey&step=9', true)).toBe('?lesson=journey&step=9&class=1');
    expect(withClassMode('?lesson=journey&class=1&step=9', false)).toBe('?lesson=journey&step=9');
  });
});

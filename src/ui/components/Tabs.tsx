import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { PanelBoundary } from './PanelBoundary';

export interface Tab {
  id: string;
  title: string;
  content: ReactNode;
}

/** Whether the element is on screen; always true where IntersectionObserver is missing. */
function useOnScreen(element: RefObject<HTMLElement | null>): boolean {
  const [onScreen, setOnScreen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const node = element.current;
    if (node === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry !== undefined) setOnScreen(entry.isIntersecting);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return onScreen;
}

/**
 * WAI-ARIA tabs: ← → Home End move between tabs (and not through the steps) while a tab has
 * focus; only the chosen panel is rendered, each inside its own error boundary, and only while
 * the tabs are on screen: below the first screen, they would slow every step for no one.
 * `alwaysShown` tabs render their panel off screen too: tools a person is using, whose state
 * (a search being typed) must not be lost when the page around them moves.
 */
export function Tabs({
  label,
  tabs,
  alwaysShown = false,
}: {
  label: string;
  tabs: readonly Tab[];
  alwaysShown?: boolean;
}) {
  const [chosen, setChosen] = useState(tabs[0]?.id ?? '');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const section = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(section) || alwaysShown;
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === chosen),
  );
  const active = tabs[index];

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowRight: index + 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    // These keys step through the timeline elsewhere on the page: here they belong to the tabs.
    event.preventDefault();
    event.stopPropagation();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (next === undefined) return;
    setChosen(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <section className="tabs" aria-label={label} ref={section}>
      <div className="tab-list" role="tablist" aria-label={label}>
        {tabs.map((tab) => {
          const selected = tab.id === active?.id;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node === null) buttons.current.delete(tab.id);
                else buttons.current.set(tab.id, node);
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`tabpanel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setChosen(tab.id)}
              onKeyDown={onKeyDown}
            >
              {tab.title}
            </button>
          );
        })}
      </div>
      {active !== undefined && (
        <div
          className={`tab-panel panel-${active.id}`}
          role="tabpanel"
          id={`tabpanel-${active.id}`}
          aria-labelledby={`tab-${active.id}`}
          tabIndex={0}
        >
          {onScreen && <PanelBoundary>{active.content}</PanelBoundary>}
        </div>
      )}
    </section>
  );
}

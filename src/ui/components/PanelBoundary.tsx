import { Component, type ReactNode } from 'react';
import { useT } from '../i18n';

interface BoundaryProps {
  children: ReactNode;
  fallback(error: Error, retry: () => void): ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

/** One failing panel shows its own message; the rest of the screen stays usable. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error !== null) return this.props.fallback(error, () => this.setState({ error: null }));
    return this.props.children;
  }
}

export function PanelBoundary({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Boundary
      fallback={(error, retry) => (
        <div role="alert" className="panel-error">
          <p>{t('errors.panel', { message: error.message })}</p>
          <button type="button" onClick={retry}>
            {t('errors.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}

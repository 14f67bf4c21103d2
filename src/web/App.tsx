import { Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { AppShell } from './components/AppShell.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { pageRoutes } from './routes.js';

export function App() {
  return (
    <AppShell>
      <Suspense
        fallback={
          <p aria-busy="true" className="loading">
            …
          </p>
        }
      >
        <Switch>
          {pageRoutes.map((r) => (
            <Route key={r.path} path={r.path} component={r.component} />
          ))}
          <Route component={NotFoundPage} />
        </Switch>
        <TakenOver />
      </Suspense>
    </AppShell>
  );
}

/**
 * Marks the root once the first page has committed. React tags DOM nodes with their fibers while
 * it renders, before it knows whether that render will commit, so a tagged heading does not
 * prove the page was taken over; this effect runs only after the page's boundary has committed.
 */
function TakenOver() {
  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-live', '');
  }, []);
  return null;
}

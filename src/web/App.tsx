import { Suspense } from 'react';
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
      </Suspense>
    </AppShell>
  );
}

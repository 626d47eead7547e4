import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadGraph, loadReference, runQuestion } from './store';
import { installTestHooks } from './testHooks';
import './styles/base.css';

// /report is the printable report (its own chunk); everything else is the explorer.
const isReport = window.location.pathname === '/report';
const Report = lazy(() => import('./report/Report').then((m) => ({ default: m.Report })));

if (!isReport) {
  installTestHooks();
  // Ask for the data at once, before React renders (the components' effects ask again: no-op).
  void loadReference();
  void loadGraph();
  void runQuestion();
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {isReport ? (
        <Suspense fallback={<p>Préparation du rapport…</p>}>
          <Report />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}

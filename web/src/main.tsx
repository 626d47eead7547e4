import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { loadMe, useAuth } from './auth';
import { Root } from './Root';
import { loadGraph, loadReference, runQuestion } from './store';
import { installTestHooks } from './testHooks';
import './styles/base.css';

// /report is the printable report (its own chunk); everything else is the explorer.
const isReport = window.location.pathname === '/report';
const Report = lazy(() => import('./report/Report').then((m) => ({ default: m.Report })));

if (!isReport) installTestHooks();
// Who is asking first; then, if they may read, the explorer's data at once, before it renders
// (its effects ask again: no-op).
void loadMe().then((auth) => {
  if (!isReport && (auth.me || auth.publicRead)) {
    void loadReference();
    void loadGraph();
    void runQuestion();
  }
});

/** The report once the reader may read; the sign-in page (Root) before that. */
function ReportGate() {
  const auth = useAuth();
  if (auth.status === 'loading') return <p>Préparation du rapport…</p>;
  if (!auth.me && !auth.publicRead) return <Root />;
  return (
    <Suspense fallback={<p>Préparation du rapport…</p>}>
      <Report />
    </Suspense>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode>{isReport ? <ReportGate /> : <Root />}</StrictMode>);
}

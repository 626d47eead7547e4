import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadMe } from './auth';
import { Root } from './Root';
import { loadGraph, loadReference, runQuestion } from './store';
import { installTestHooks } from './testHooks';
import './styles/base.css';

installTestHooks();
// Who is asking first; then, if they may read, the data at once, before the explorer renders
// (its effects ask again: no-op).
void loadMe().then((auth) => {
  if (auth.me || auth.publicRead) {
    void loadReference();
    void loadGraph();
    void runQuestion();
  }
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

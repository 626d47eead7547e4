import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadGraph, loadReference, runQuestion } from './store';
import { installTestHooks } from './testHooks';
import './styles/base.css';

installTestHooks();
// Ask for the data at once, before React renders (the components' effects ask again: no-op).
void loadReference();
void loadGraph();
void runQuestion();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

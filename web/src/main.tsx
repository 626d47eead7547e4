import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main style={{ fontFamily: 'sans-serif', maxWidth: '40rem', margin: '3rem auto' }}>
      <h1>AGIR Cartographie</h1>
      <p>
        L’explorateur arrive bientôt. L’API GraphQL est disponible sur <a href="/graphql">/graphql</a>.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);

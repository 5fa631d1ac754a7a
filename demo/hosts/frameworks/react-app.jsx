// A React 19 page using the elements: properties set from React, events listened to.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [outcome, setOutcome] = useState('');
  const [strings] = useState({ 'finder.restart': 'Recommencer (React)' });
  return (
    <main>
      <h1>React {'19'} host</h1>
      <report-finder
        start="procedure"
        strings={strings}
        onguichet-finder-outcome={(event) =>
          setOutcome(`${event.detail.outcomeId}: ${event.detail.serviceIds.join(',')}`)
        }
      ></report-finder>
      <service-list services="thesee,perceval" no-filters contacts={[]}></service-list>
      <p id="outcome">{outcome}</p>
    </main>
  );
}

createRoot(document.querySelector('#root')).render(<App />);

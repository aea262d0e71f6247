import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

const report = {
  date: '2024-11-13',
  regions: 8,
  source: { name: 'Ukrainian Air Force' },
  weapons: [
    { kind: 'missile', label: 'Ballistic and cruise missiles', launched: 6, downed: 4 },
    { kind: 'drone', label: 'Drones', launched: 90, downed: 37, jammed: 47 },
  ],
};

createRoot(document.getElementById('root')).render(<App report={report} />);

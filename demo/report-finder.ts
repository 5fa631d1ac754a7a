import { reportFinderExamples } from '../src/components/report-finder/report-finder.examples.js';
import { renderExamples, wireSwitches } from './demo.js';

renderExamples(document.querySelector('#examples')!, reportFinderExamples);
wireSwitches();

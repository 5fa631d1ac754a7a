import { serviceCardExamples } from '../src/components/service-card/service-card.examples.js';
import { renderExamples, wireSwitches } from './demo.js';

renderExamples(document.querySelector('#examples')!, serviceCardExamples);
wireSwitches();

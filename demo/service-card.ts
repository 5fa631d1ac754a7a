import { serviceCardExamples } from '../src/components/service-card/service-card.examples.js';
import { renderExamples, renderHeader, wireSwitches } from './demo.js';

renderHeader('<service-card>');
renderExamples(document.querySelector('#examples')!, serviceCardExamples);
wireSwitches();

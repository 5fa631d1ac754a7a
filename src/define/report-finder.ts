import { ReportFinder } from '../components/report-finder/report-finder.js';
import { defineElement } from './define-element.js';
// The finder shows its results as cards, the catalogue as a list, and the emergency numbers.
import './service-card.js';
import './service-list.js';
import './emergency-numbers.js';

defineElement('report-finder', ReportFinder);

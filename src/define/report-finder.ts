import { ReportFinder } from '../components/report-finder/report-finder.js';
import { defineElement } from './define-element.js';
// The finder shows its results as cards and the catalogue as a list.
import './service-card.js';
import './service-list.js';

defineElement('report-finder', ReportFinder);

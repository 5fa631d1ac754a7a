import { ServiceList } from '../components/service-list/service-list.js';
import { defineElement } from './define-element.js';
// A list is made of cards.
import './service-card.js';

defineElement('service-list', ServiceList);

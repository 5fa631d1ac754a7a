import { ServiceList } from '../components/service-list/service-list.js';
import { defineComposed } from './define-element.js';
// A list is made of cards.
import './service-card.js';

defineComposed('service-list', ServiceList);

import { ServiceCard } from '../components/service-card/service-card.js';
import { defineElement } from './define-element.js';

defineElement('service-card', ServiceCard);

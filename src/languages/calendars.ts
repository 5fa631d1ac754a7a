import type { Calendar } from '../i18n/packs.js';

// Each pack's day and month names, as Intl writes them (a test compares, output
// for output: es-ES, de-DE, uk-UA, Arabic with Latin digits). One export each,
// so a pack carries only its own.

export const es: Calendar = {
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  // prettier-ignore
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  date: '{d} de {m} de {y}',
};

export const de: Calendar = {
  weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  // prettier-ignore
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  date: '{d}. {m} {y}',
};

export const uk: Calendar = {
  weekdays: ['понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота', 'неділя'],
  // Dates take the genitive ("28 листопада 2026 р.").
  // prettier-ignore
  months: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  date: '{d} {m} {y} р.',
};

export const ar: Calendar = {
  weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  // prettier-ignore
  months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  date: '{d} {m} {y}',
};

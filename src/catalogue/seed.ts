/**
 * The eleven services of the document the project started from, by the name
 * that document gives them. Each must stay findable in the catalogue.
 */
export const SEED_SERVICE_NAMES: readonly string[] = [
  'Pré-plainte en ligne',
  'Signalement sur internet',
  'Trouver une brigade ou commissariat',
  'Télépoints',
  'Brigade numérique gendarmerie',
  'Rendez-vous en ligne',
  'Djihadisme',
  'Fraude à la carte bancaire',
  'Violences sexuelles et sexistes',
  'Tranquillité vacances',
  'Escroqueries sur internet',
];

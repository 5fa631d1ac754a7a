// Fills the page: 5 finders, 5 lists and 200 cards cycling through the catalogue.
const main = document.querySelector('#crowd');
const ids = window.GuichetSecurite.getServiceIds();
for (let i = 0; i < 5; i += 1) {
  const finder = document.createElement('report-finder');
  finder.id = `finder-${i}`;
  main.append(finder);
  const list = document.createElement('service-list');
  list.setAttribute(
    'category',
    ['emergency', 'report-crime', 'report-content-fraud', 'help-support', 'everyday-procedures'][i],
  );
  main.append(list);
}
for (let i = 0; i < 200; i += 1) {
  const card = document.createElement('service-card');
  card.setAttribute('service', ids[i % ids.length]);
  card.setAttribute('variant', 'compact');
  main.append(card);
}

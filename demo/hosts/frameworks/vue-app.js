// A Vue 3 page using the elements: properties set from Vue, events listened to.
import { createApp, h, ref } from 'vue';

createApp({
  setup() {
    const outcome = ref('');
    const strings = { 'finder.restart': 'Recommencer (Vue)' };
    return () =>
      h('main', [
        h('h1', 'Vue 3 host'),
        h('report-finder', {
          start: 'procedure',
          strings,
          onGuichetFinderOutcome: (event) =>
            (outcome.value = `${event.detail.outcomeId}: ${event.detail.serviceIds.join(',')}`),
        }),
        h('service-list', { services: 'thesee,perceval', 'no-filters': '' }),
        h('p', { id: 'outcome' }, outcome.value),
      ]);
  },
}).mount('#root');

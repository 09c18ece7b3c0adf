export const load = () => ({ title: 'Données personnelles' });

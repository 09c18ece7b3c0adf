export const load = () => ({ title: 'Déclaration d’accessibilité' });

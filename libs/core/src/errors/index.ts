export * from './error-code';
export * from './localized-text';
export * from './domain-error';
export * from './french';
export * from './catalogue';
export * from './unavailable';

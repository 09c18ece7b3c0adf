export * from './config/app-config';
export * from './config/config.module';
export * from './errors';
export * from './context/request-context';
export * from './context/clock';
export * from './logging/logger.module';
export * from './validation/validation-messages';
export * from './validation/validation.pipe';

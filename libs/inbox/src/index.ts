export * from './inbox.module';

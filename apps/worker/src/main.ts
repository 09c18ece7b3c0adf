import 'reflect-metadata';
import { loadConfigOrExit } from '@quorum/core';
import { createWorkerApp } from './create-worker-app';

createWorkerApp(loadConfigOrExit()).catch((error: unknown) => {
  console.error('The worker could not start:', error);
  process.exit(1);
});

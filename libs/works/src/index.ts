export * from './works.module';
export * from './works-worker.module';
export * from './works.service';
export * from './works.entity';
export * from './works.errors';
export { WorksProject, DetourReport, DetourVersion } from './works.types';

export * from './proposals.module';
export * from './proposals.service';
export * from './proposal.policies';
export * from './proposal.entity';
export * from './proposals-worker.module';
export * from './proposal-expiry.task';
export { Proposal } from './proposal.types';
export { AnswerDeadlinesTask } from './proposal-notifications';
export * from './proposals.errors';

export * from './db.module';
export * from './transaction.service';
export * from './data-source-options';
export * from './snake-naming.strategy';
export * from './migrate';
export * from './seed-step.entity';
export * from './typeorm-logger';
export * from './query-rows';

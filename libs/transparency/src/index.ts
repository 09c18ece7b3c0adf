export * from './transparency.module';
export * from './audit/audit.service';
export * from './audit/audit-entry.entity';
export * from './open-data.module';
export * from './open-data/datasets';
export * from './open-data/datapackage';
export * from './open-data/open-data.service';
export * from './feeds/feeds.service';
